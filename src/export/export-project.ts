import { EXPORT_FORMAT_OPTIONS, type ExportFormat, type ExportOption } from '../api/contract';
import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { DocumentExportOptions } from './document-export-options';
import { exportDocx } from './docx-export';
import { exportFingerprint } from './export-document';
import { exportHtml } from './html-export';
import { exportMarkdown } from './markdown-export';
import { exportPdf } from './pdf-export';
import type { PdfPrinter } from './pdf-printer';
import { exportYaml } from './yaml-export';

/** What exporters need from the host. */
export interface ExportDependencies {
  pdfPrinter: PdfPrinter;
}

type Exporter = (
  project: Project,
  dependencies: ExportDependencies,
  options: DocumentExportOptions,
) => Promise<Uint8Array>;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One small module per format; a format added to the contract must be added here to compile. */
const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  // The YAML is for tools, not employees: it always carries the owners.
  yaml: async (project) => utf8(exportYaml(project)),
  html: async (project, _dependencies, options) =>
    utf8(exportHtml(project, { ...options, fingerprint: exportFingerprint(project) })),
  docx: (project, _dependencies, options) => exportDocx(project, options),
  pdf: (project, { pdfPrinter }, options) => exportPdf(project, pdfPrinter, options),
  markdown: async (project, _dependencies, options) =>
    utf8(exportMarkdown(project, { ...options, fingerprint: exportFingerprint(project) })),
};

/** The project's bytes in `format`. Fails with a CharterError only, so every host can show it. */
export async function exportProject(
  project: Project,
  format: ExportFormat,
  dependencies: ExportDependencies,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const unsupported = (Object.keys(options) as ExportOption[])
    .filter((option) => options[option] !== undefined && options[option] !== false)
    .filter((option) => !EXPORT_FORMAT_OPTIONS[format].includes(option));
  if (unsupported.length > 0)
    throw new CharterError(
      'invalid-input',
      `The ${format.toUpperCase()} export does not take ${unsupported.join(', ')}: ${EXPORT_FORMAT_OPTIONS[format].join(', ') || 'no option'} only.`,
      { format },
    );
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
