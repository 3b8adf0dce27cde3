import { type Browser, chromium } from 'playwright';
import { CharterError } from '../errors/charter-error';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';
import type { PdfPrinter, PrintPurpose } from './pdf-printer';

export interface ChromiumPdfPrinter extends PdfPrinter {
  /** Ends the browser, if a print started one. */
  close(): Promise<void>;
}

const NOT_FOUND =
  'No Chromium or Chrome was found to print the PDF. Install Chromium (Debian: apt-get install chromium) or set CHARTER_CHROMIUM to its path.';

/**
 * Prints with a system Chromium through Playwright, for the CLI, the web host and tests. The
 * browser starts at the first print and serves the next ones. Each print gets a fresh context
 * with JavaScript off and every request refused, so a charter can neither run nor fetch anything.
 */
export function createChromiumPdfPrinter(
  options: { executablePath?: string } = {},
): ChromiumPdfPrinter {
  let browser: Promise<Browser> | undefined;

  const launch = (): Promise<Browser> => {
    browser ??= launchChromium(options.executablePath).catch((error: unknown) => {
      browser = undefined;
      throw error;
    });
    return browser;
  };

  return {
    async print(html: string, purpose: PrintPurpose = 'publish'): Promise<Uint8Array> {
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          tagged: purpose === 'publish',
          outline: purpose === 'publish',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } catch (error) {
        throw new CharterError(
          'export-failed',
          `Chromium could not print the PDF: ${messageOf(error)}`,
        );
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      const running = browser;
      browser = undefined;
      await (await running?.catch(() => undefined))?.close();
    },
  };
}

async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  if (executablePath === undefined) throw new CharterError('export-failed', NOT_FOUND);
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new CharterError(
      'export-failed',
      `Chromium (${executablePath}) could not start: ${messageOf(error)}`,
      {
        executablePath,
      },
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
