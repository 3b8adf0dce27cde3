import type { CharterSummary } from './charter-summary';
import type { DocumentMarks } from './document-marks';
import type { ExportLabels } from './export-labels';

/** Ink of the draft notice, as the watermark's. */
const DRAFT_INK = '#8a1f1f';

/**
 * The styles that differ from one charter to the next: its accent colour, and the running head
 * and foot of every printed page but the cover, as CSS page-margin boxes, so that they are set
 * in the document's own fonts: company and title above, version, short fingerprint and
 * "Page X / Y" below, and on a draft the notice that it is not signed off.
 */
export function pageFrameCss(
  summary: CharterSummary,
  labels: ExportLabels,
  marks: DocumentMarks,
  accent: string,
): string {
  const head = [summary.company, summary.title].filter(Boolean).join(' · ');
  const fingerprint =
    marks.footerFingerprint === undefined ? '' : `${cssString(`${marks.footerFingerprint} · `)} `;
  const draft =
    marks.draftMark === undefined
      ? ''
      : `  @top-right { content: ${cssString(`${marks.draftMark} · ${labels.draftNotice}`)}; color: ${DRAFT_INK}; font-weight: 600; }\n`;
  return `
:root { --accent: ${accent}; }
@page {
  @top-left { content: ${cssString(head)}; }
${draft}  @bottom-left { content: ${cssString(summary.footer)}; }
  @bottom-right { content: ${fingerprint}${cssString(`${labels.page} `)} counter(page) " / " counter(pages); }
}
@page :first {
  @top-left { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
`;
}

/** A CSS string that no text can end early, nor close the <style> element it is in. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}
