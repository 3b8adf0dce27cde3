/**
 * Whether a URL is our own UI: app://charter/…, or electron-vite's dev server when one is given.
 * Node's URL gives the origin "null" for non-standard schemes such as app:, so compare the parts.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'charter') return true;
  if (devServerUrl === undefined) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
