import { EXPORT_EXTENSIONS, type ExportFormat } from '../../../src/api/contract';
import { basename, hasExtension } from '../files/file-path';
import type { ExportTarget } from './write-export-files';

const KNOWN_EXTENSIONS = Object.values(EXPORT_EXTENSIONS);

/**
 * `path` as the file of `format`: its extension swapped when it ends with another format's
 * ("charte.pdf" → "charte.docx"), added otherwise, so "charte-v2.1" keeps its ".1".
 */
export function pathForFormat(path: string, format: ExportFormat): string {
  const extension = EXPORT_EXTENSIONS[format];
  if (hasExtension(path, extension)) return path;
  const known = KNOWN_EXTENSIONS.find((candidate) => hasExtension(path, candidate));
  const stem = known ? path.slice(0, path.length - known.length - 1) : path;
  // A bare folder ("exports/") has no name to give the file: leave it for the core to refuse.
  return basename(stem) ? `${stem}.${extension}` : path;
}

/** One file per chosen format, all named as the path the user typed. */
export function exportTargets(path: string, formats: readonly ExportFormat[]): ExportTarget[] {
  return formats.map((format) => ({ format, path: pathForFormat(path, format) }));
}
