import type { Fingerprint } from '../model/sign-off';
import { escapeHtml } from '../rich-text/escape-html';
import type { CharterSummary } from './charter-summary';
import type { DocumentMarks } from './document-marks';
import type { DocumentProperties } from './document-properties';
import type { ExportLabels } from './export-labels';
import { SANS } from './html-styles';

/** The page's properties, as the DOCX and PDF carry them; the fingerprint under its own name too. */
export function propertiesMetaHtml(
  properties: DocumentProperties,
  fingerprint: Fingerprint | undefined,
): string {
  const meta = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeHtml(content)}">\n`;
  return (
    meta('description', properties.description) +
    meta('keywords', properties.keywords) +
    (fingerprint === undefined ? '' : meta('charter-fingerprint', fingerprint))
  );
}

/**
 * "PROJET" across a draft: fixed, so that Chromium prints it on every page. Screen readers skip
 * it; the version line of the title block says the same in words, and the PDF's running header
 * on every page.
 */
export function draftMarkHtml({ draftMark }: DocumentMarks): string {
  return draftMark === undefined
    ? ''
    : `<div class="draft-mark" aria-hidden="true"><span>${escapeHtml(draftMark)}</span></div>\n`;
}

/** Under the sheet on screen: which text this is, in full. The PDF has its running footer. */
export function documentFooterHtml(
  summary: CharterSummary,
  labels: ExportLabels,
  { fingerprint }: DocumentMarks,
): string {
  const stamp =
    fingerprint === undefined
      ? ''
      : `<br>${escapeHtml(labels.fingerprint)} <code>${escapeHtml(fingerprint)}</code>`;
  return `<footer class="document-footer">${escapeHtml(summary.footer)}${stamp}</footer>\n`;
}

/** The marks' styles, after the charter's own (html-styles.ts). */
export const MARKS_STYLES = `
.draft-mark {
  position: fixed;
  inset: 0;
  z-index: 1;
  display: flex;
  align-items: center;
  justify-content: center;
  pointer-events: none;
  user-select: none;
}
.draft-mark span {
  transform: rotate(-45deg);
  font: 700 110pt/1 ${SANS};
  letter-spacing: 0.12em;
  white-space: nowrap;
  color: rgb(138 31 31 / 8%);
  /* Blurred by a hair, it prints as a 300 dpi picture, not as letters scattered through the text
     that extraction, copy and paste and search would read in the middle of the clauses. */
  filter: blur(0.2px);
}
.document-footer {
  max-width: 210mm;
  margin: 10px auto 0;
  font: 8pt/1.6 ${SANS};
  text-align: center;
  color: var(--muted);
}
@media print { .document-footer { display: none; } }
`;
