import type { Project } from '../model/project';
import { summarizeCharter } from './charter-summary';
import type { DocumentExportOptions } from './document-export-options';
import { documentMarks } from './document-marks';
import { documentProperties } from './document-properties';
import { exportFingerprint } from './export-document';
import { EXPORT_LABELS } from './export-labels';
import { exportHtml } from './html-export';
import { withPdfInfo } from './pdf-info-update';
import type { PdfPrinter } from './pdf-printer';

/**
 * The charter as a tagged PDF with bookmarks, printed from the same HTML as the preview, with the
 * text's fingerprint in every footer and in its Subject and Keywords.
 */
export async function exportPdf(
  project: Project,
  printer: PdfPrinter,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const { language } = project.meta;
  const labels = EXPORT_LABELS[language];
  const summary = summarizeCharter(project, labels);
  const fingerprint = exportFingerprint(project);
  const marks = documentMarks(project, labels, fingerprint);
  const printed = await printer.print(exportHtml(project, { ...options, fingerprint }), {
    headerTitle: summary.title,
    footerLabel: summary.footer,
    footerFingerprint: marks.footerFingerprint,
    draftMark: marks.draftMark,
    language,
  });
  const { description, keywords } = documentProperties(summary, labels, fingerprint);
  return withPdfInfo(printed, { Subject: description, Keywords: keywords });
}
