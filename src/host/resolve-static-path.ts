import { join, normalize, sep } from 'node:path';

/**
 * The file under `root` that a URL path names, or null when the path is malformed or would
 * leave `root` (../, encoded slashes, absolute paths). "/" is the index page.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = join(root, normalize(decoded));
  return path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}
