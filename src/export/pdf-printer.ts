/**
 * Turns the export HTML into a tagged PDF with bookmarks, its page size, margins, running head
 * and foot as the HTML's `@page` rules say (preferCSSPageSize, no header or footer templates).
 * Each host brings its own Chromium: Playwright's for the CLI and tests
 * (chromium-pdf-printer.ts), Electron's printToPDF in main/. A printer must not let the page
 * run script or reach the network.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}
