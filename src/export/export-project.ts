import type { ExportFormat } from '../api/contract';
import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import { type DocxExportOptions, exportDocx } from './docx-export';
import { exportHtml } from './html-export';
import { exportPdf } from './pdf-export';
import type { PdfPrinter } from './pdf-printer';
import { exportYaml } from './yaml-export';

/** What exporters need from the host. */
export interface ExportDependencies {
  pdfPrinter: PdfPrinter;
}

/** What the user chose to include; a format ignores what it cannot show. */
export type ExportOptions = DocxExportOptions;

type Exporter = (
  project: Project,
  dependencies: ExportDependencies,
  options: ExportOptions,
) => Promise<Uint8Array>;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One small module per format; a format added to the contract must be added here to compile. */
const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  yaml: async (project) => utf8(exportYaml(project)),
  html: async (project) => utf8(exportHtml(project)),
  docx: (project, _dependencies, options) => exportDocx(project, options),
  pdf: (project, { pdfPrinter }) => exportPdf(project, pdfPrinter),
};

/** The project's bytes in `format`. Fails with a CharterError only, so every host can show it. */
export async function exportProject(
  project: Project,
  format: ExportFormat,
  dependencies: ExportDependencies,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  try {
    return await EXPORTERS[format](project, dependencies, options);
  } catch (error) {
    if (error instanceof CharterError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CharterError(
      'export-failed',
      `The ${format.toUpperCase()} export failed: ${reason}`,
      { format },
    );
  }
}
