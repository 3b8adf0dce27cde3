import { describe, expect, it } from 'vitest';
import { shortFingerprint } from './short-fingerprint';

describe('shortFingerprint', () => {
  it('keeps the algorithm and the first 12 hex digits', () => {
    const full = `sha256:3f2a9c0d1e7b${'0'.repeat(52)}`;
    expect(shortFingerprint(full)).toBe('sha256:3f2a9c0d1e7b');
    expect(full.startsWith(shortFingerprint(full))).toBe(true);
  });
});
