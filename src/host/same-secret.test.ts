import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { isSameSecret } from './same-secret';

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

describe('isSameSecret', () => {
  it('accepts the secret alone', () => {
    expect(isSameSecret('secret-token-0123456789', 'secret-token-0123456789')).toBe(true);
    for (const wrong of ['', 'secret', 'secret-token-012345678X', 'secret-token-0123456789x']) {
      expect(isSameSecret(wrong, 'secret-token-0123456789'), wrong).toBe(false);
    }
  });

  it('compares in constant time: timingSafeEqual on equal-length buffers, whatever the length given', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    for (const given of ['', 'x', 'secret-token-0123456789', 'y'.repeat(10_000)]) {
      isSameSecret(given, 'secret-token-0123456789');
    }
    expect(compare).toHaveBeenCalledTimes(4);
    for (const [a, b] of compare.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});
