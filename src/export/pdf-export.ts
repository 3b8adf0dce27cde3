import type { Project } from '../model/project';
import { summarizeCharter } from './charter-summary';
import { EXPORT_LABELS } from './export-labels';
import { exportHtml } from './html-export';
import type { PdfPrinter } from './pdf-printer';

/** The charter as a tagged PDF with bookmarks, printed from the same HTML as the preview. */
export function exportPdf(project: Project, printer: PdfPrinter): Promise<Uint8Array> {
  const { language } = project.meta;
  const summary = summarizeCharter(project, EXPORT_LABELS[language]);
  return printer.print(exportHtml(project), {
    headerTitle: summary.title,
    footerLabel: summary.footer,
    language,
  });
}
