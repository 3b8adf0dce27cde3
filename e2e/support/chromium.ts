import { CHROMIUM_ARGS, findChromium } from '../../src/export/find-chromium';

/** The system Chromium, launched as the PDF printer launches it: Playwright's own download cannot work here. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
