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

/** The only schemes a link may open outside the app: web pages and e-mail. */
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * The URL a link may open in the user's browser or mail program, normalised, or null: never
 * `javascript:`, `file:`, `data:`, a custom scheme (smb:, ms-msdt:…) that could run a program.
 */
export function externalLinkUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return EXTERNAL_SCHEMES.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
