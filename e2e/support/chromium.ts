import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export function chromiumLaunchOptions() {
  const executablePath =
    process.env.CHARTER_CHROMIUM ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
