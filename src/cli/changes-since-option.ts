import { EXPORT_FORMAT_OPTIONS, ExportFormat, type ExportOption } from '../api/contract';
import { UsageError, type CliOptions } from './cli-command';

export const changesSinceOption: CliOptions = { 'changes-since': { type: 'string' } };

/** `--changes-since N`: a version number, for the documents people read (not the YAML). */
export function parseChangesSinceOption(
  values: Record<string, unknown>,
  format: ExportFormat,
): { changesSince?: number } {
  const value = values['changes-since'];
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value))
    throw new UsageError(`--changes-since takes a version number, not "${String(value)}".`);
  if (!EXPORT_FORMAT_OPTIONS[format].includes('changesSince'))
    throw new UsageError(
      `--changes-since works with --format ${formatsTaking('changesSince')} only.`,
    );
  return { changesSince: Number(value) };
}

/** "docx, pdf or html": the formats that honour an option, for a usage error. */
export function formatsTaking(option: ExportOption): string {
  const formats = ExportFormat.options.filter((format) =>
    EXPORT_FORMAT_OPTIONS[format].includes(option),
  );
  return formats.length < 2
    ? formats.join('')
    : `${formats.slice(0, -1).join(', ')} or ${formats.at(-1) ?? ''}`;
}
