import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually is, on Debian and Ubuntu, macOS and Windows. */
const KNOWN_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The browser to print PDFs with: `CHARTER_CHROMIUM` when set, else the first one installed. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  return env.CHARTER_CHROMIUM || KNOWN_LOCATIONS.find((path) => exists(path));
}

/** Flags for a headless Chromium that talks to no one: no GPU, no QUIC, no updates, no sync. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
