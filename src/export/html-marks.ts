import type { Fingerprint } from '../model/sign-off';
import { escapeHtml } from '../rich-text/escape-html';
import type { CharterSummary } from './charter-summary';
import type { DocumentMarks } from './document-marks';
import type { DocumentProperties } from './document-properties';
import { draftMarkDataUrl } from './draft-mark-image';
import type { ExportLabels } from './export-labels';

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
/** Dark red at 8 %: seen on every page, never in the way of reading. */
const DRAFT_MARK_INK = 'rgb(138 31 31 / 8%)';

export function draftMarkHtml({ draftMark }: DocumentMarks): string {
  return draftMark === undefined
    ? ''
    : `<div class="draft-mark" aria-hidden="true"><img alt="" src="${draftMarkDataUrl(draftMark, DRAFT_MARK_INK)}"></div>\n`;
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
