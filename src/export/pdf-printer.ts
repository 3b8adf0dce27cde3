/**
 * Turns the export HTML into a tagged PDF with bookmarks, its page size, margins, running head
 * and foot as the HTML's `@page` rules say (preferCSSPageSize, no header or footer templates).
 * Each host brings its own Chromium: Playwright's for the CLI and tests
 * (chromium-pdf-printer.ts), Electron's printToPDF in main/. A printer must not let the page
 * run script or reach the network.
 */
export interface PdfPrinter {
  print(html: string, purpose?: PrintPurpose): Promise<Uint8Array>;
}

/**
 * `measure`: a print read only for where its pages break (its named destinations) and then
 * thrown away, so neither tagged nor outlined, which takes Chromium about half the time.
 */
export type PrintPurpose = 'publish' | 'measure';
