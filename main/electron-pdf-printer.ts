import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter, PrintPurpose } from '../src/export/pdf-printer';
import { denyAllPermissions } from './security';

/**
 * Prints the export HTML with Electron's own Chromium: a hidden window with no script, no
 * preload and no network, then webContents.printToPDF (tagged, with an outline).
 */
export function createElectronPdfPrinter(): PdfPrinter {
  const printSession = session.fromPartition('charter-print');
  denyAllPermissions(printSession);
  // The page being printed, and nothing else: not another local file, not the network.
  const pagesBeingPrinted = new Set<string>();
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !pagesBeingPrinted.has(details.url) && !details.url.startsWith('data:') });
  });
  return {
    async print(html: string, purpose: PrintPurpose = 'publish'): Promise<Uint8Array> {
      const folder = await mkdtemp(join(tmpdir(), 'charter-print-'));
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      const page = join(folder, 'charter.html');
      const pageUrl = pathToFileURL(page).href;
      pagesBeingPrinted.add(pageUrl);
      try {
        await writeFile(page, html, 'utf8');
        await window.loadURL(pageUrl);
        return await window.webContents.printToPDF({
          // Size, margins, running head and foot: the page's @page rules.
          preferCSSPageSize: true,
          margins: { marginType: 'default' },
          printBackground: true,
          generateTaggedPDF: purpose === 'publish',
          generateDocumentOutline: purpose === 'publish',
        });
      } finally {
        pagesBeingPrinted.delete(pageUrl);
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
