import type { ExportFormat } from '../../../src/api/contract';
import { EXPORT_FORMATS } from './export-formats';

const STORAGE_KEY = 'charter.exportFormats';

/** The formats of the user's last export, so a routine export is one click; PDF at first. */
export function lastFormats(): readonly ExportFormat[] {
  const stored = (localStorage.getItem(STORAGE_KEY) ?? '').split(',');
  const formats = EXPORT_FORMATS.filter((format) => stored.includes(format));
  return formats.length > 0 ? formats : ['pdf'];
}

export function rememberFormats(formats: readonly ExportFormat[]): void {
  localStorage.setItem(STORAGE_KEY, formats.join(','));
}
