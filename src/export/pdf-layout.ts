import { escapeHtml } from '../rich-text/escape-html';
import { EXPORT_LABELS } from './export-labels';
import type { PdfPrintOptions } from './pdf-printer';

/**
 * The PDF page geometry and running header and footer, shared by every printer and by the
 * export HTML's `@page` rule so that preview and PDF agree. Margins are in inches, as Electron's
 * printToPDF takes them.
 */
export const PDF_MARGINS = { top: 0.9, right: 0.8, bottom: 0.85, left: 0.8 } as const;

// Chromium renders these templates in the page margins with no styles of its own, not even a font size.
const BAND_STYLE = [
  'box-sizing: border-box',
  'width: 100%',
  `padding: 0 ${PDF_MARGINS.right}in 0 ${PDF_MARGINS.left}in`,
  'display: flex',
  'justify-content: space-between',
  'gap: 12pt',
  "font: 7.5pt 'Helvetica Neue', 'Segoe UI', 'Liberation Sans', Arial, sans-serif",
  'letter-spacing: 0.02em',
  'color: #6b7280',
  '-webkit-print-color-adjust: exact',
].join('; ');

const ELLIPSIS_STYLE = 'overflow: hidden; white-space: nowrap; text-overflow: ellipsis';

const DRAFT_STYLE = 'white-space: nowrap; color: #8a1f1f';

export function pdfHeaderTemplate(options: PdfPrintOptions): string {
  const notice = escapeHtml(EXPORT_LABELS[options.language].draftNotice);
  const draft =
    options.draftMark === undefined
      ? ''
      : `<span style="${DRAFT_STYLE}"><b>${escapeHtml(options.draftMark)}</b> · ${notice}</span>`;
  return `<div style="${BAND_STYLE}; padding-top: 0.35in"><span style="${ELLIPSIS_STYLE}">${escapeHtml(options.headerTitle)}</span>${draft}</div>`;
}

export function pdfFooterTemplate(options: PdfPrintOptions): string {
  const page = escapeHtml(EXPORT_LABELS[options.language].page);
  const fingerprint =
    options.footerFingerprint === undefined
      ? ''
      : `${escapeHtml(options.footerFingerprint)}&nbsp;&nbsp;&nbsp;`;
  return (
    `<div style="${BAND_STYLE}; padding-bottom: 0.3in">` +
    `<span style="${ELLIPSIS_STYLE}">${escapeHtml(options.footerLabel)}</span>` +
    `<span style="white-space: nowrap">${fingerprint}${page} <span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    '</div>'
  );
}
