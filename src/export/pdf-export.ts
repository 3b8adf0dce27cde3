import type { Project } from '../model/project';
import { summarizeCharter } from './charter-summary';
import type { DocumentExportOptions } from './document-export-options';
import { EXPORT_LABELS } from './export-labels';
import { exportHtml } from './html-export';
import type { PdfPrinter } from './pdf-printer';

/** The charter as a tagged PDF with bookmarks, printed from the same HTML as the preview. */
export function exportPdf(
  project: Project,
  printer: PdfPrinter,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const { language } = project.meta;
  const summary = summarizeCharter(project, EXPORT_LABELS[language]);
  return printer.print(exportHtml(project, options), {
    headerTitle: summary.title,
    footerLabel: summary.footer,
    language,
  });
}
