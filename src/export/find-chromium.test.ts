import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

describe('findChromium', () => {
  it('prefers CHARTER_CHROMIUM, then the first browser installed, else nothing', () => {
    const installed = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    const exists = (path: string) => installed.has(path);
    expect(findChromium({ CHARTER_CHROMIUM: '/opt/chrome/chrome' }, exists)).toBe(
      '/opt/chrome/chrome',
    );
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium-browser');
    expect(findChromium({ CHARTER_CHROMIUM: '' }, () => false)).toBeUndefined();
  });
});
