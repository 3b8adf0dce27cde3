import type { Language } from '../model/language';

/** What a printer puts around the page content: the running header and footer. */
export interface PdfPrintOptions {
  /** Left of the header on every page (the charter's title). */
  headerTitle: string;
  /** Left of the footer on every page (company and version); "Page X / Y" goes on the right. */
  footerLabel: string;
  /** Before "Page X / Y": the short fingerprint, "Empreinte sha256:3f2a9c0d1e7b". */
  footerFingerprint?: string;
  /** Right of the header on every page of a text not signed off yet: "PROJET". */
  draftMark?: string;
  language: Language;
}

/**
 * Turns the export HTML into a tagged A4 PDF with bookmarks. Each host brings its own Chromium:
 * Playwright's for the CLI and tests (chromium-pdf-printer.ts), Electron's printToPDF in main/.
 * A printer must not let the page run script or reach the network.
 */
export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
}
