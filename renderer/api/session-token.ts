const STORAGE_KEY = 'charter.token';

/**
 * The web host opens the UI at `#token=…`. The token is kept for this tab only and removed from
 * the address bar so it does not end up in history, bookmarks or screenshots.
 */
export function takeSessionToken(): string | null {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
    window.history.replaceState(window.history.state, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
