import type { ExportFormat } from '../../../src/api/contract';

/** The formats in the order people reach for them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'html', 'markdown', 'yaml'];
