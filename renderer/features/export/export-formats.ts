import type { ExportFormat } from '../../../src/api/contract';

/** The formats in the order people reach for them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html', 'markdown', 'yaml'];

/** The formats that carry the company's logo and accent colour. */
export const BRANDED_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html'];
