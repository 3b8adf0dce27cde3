import { describe, expect, it } from 'vitest';
import { isAppUrl } from './trusted-url';

describe('isAppUrl', () => {
  it('trusts the app scheme on its own host only', () => {
    expect(isAppUrl('app://charter/index.html')).toBe(true);
    expect(isAppUrl('app://charter/assets/index.js')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://charter/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts the dev server only when one is given, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://evil.example/', 'http://localhost:5173')).toBe(false);
  });
});
