import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './resolve-static-path';

const root = join('/srv', 'renderer');

describe('resolveStaticPath', () => {
  it('maps URL paths to files under the root, "/" to the index page', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/caf%C3%A9.css')).toBe(join(root, 'assets', 'café.css'));
  });

  it('never leaves the root', () => {
    for (const attempt of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/x',
      '/..',
    ]) {
      const path = resolveStaticPath(root, attempt);
      expect(path === null || path.startsWith(`${root}/`), attempt).toBe(true);
    }
    expect(resolveStaticPath(root, '/..%2f..%2fetc%2fpasswd')).not.toBe('/etc/passwd');
  });

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, '/index.html%00.png')).toBeNull();
  });
});
