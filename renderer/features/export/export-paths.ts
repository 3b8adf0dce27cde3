import { EXPORT_EXTENSIONS, type ExportFormat } from '../../../src/api/contract';
import { basename, hasExtension } from '../files/file-path';
import type { ExportTarget } from './write-export-files';

/** Every extension an export may already wear, the usual variants included. */
const KNOWN_EXTENSIONS = [...Object.values(EXPORT_EXTENSIONS), 'yml', 'htm', 'markdown'];

/**
 * `path` as the file of `format`: its extension swapped when it ends with another format's
 * ("charte.pdf" → "charte.docx", "charte.yml" → "charte.yaml"), added otherwise, so
 * "charte-v2.1" keeps its ".1".
 */
export function pathForFormat(path: string, format: ExportFormat): string {
  const extension = EXPORT_EXTENSIONS[format];
  if (hasExtension(path, extension)) return path;
  const known = KNOWN_EXTENSIONS.find((candidate) => hasExtension(path, candidate));
  const stem = known ? path.slice(0, path.length - known.length - 1) : path;
  return `${stem}.${extension}`;
}

/**
 * One file per chosen format, all named as the path the user typed; none when the path ends
 * with a folder ("exports/"), which names no file.
 */
export function exportTargets(path: string, formats: readonly ExportFormat[]): ExportTarget[] {
  if (!basename(path)) return [];
  return formats.map((format) => ({ format, path: pathForFormat(path, format) }));
}
