import type { ExportFormat } from '../../../src/api/contract';

/** The formats in the order people reach for them; the file extension of each. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html', 'yaml'];

export const EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  yaml: 'yaml',
};
