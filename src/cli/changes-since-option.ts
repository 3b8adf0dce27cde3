import { UsageError, type CliOptions } from './cli-command';

export const changesSinceOption: CliOptions = { 'changes-since': { type: 'string' } };

/** `--changes-since N`: a version number, for the documents people read (not the YAML). */
export function parseChangesSinceOption(
  values: Record<string, unknown>,
  format: string,
): { changesSince?: number } {
  const value = values['changes-since'];
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value))
    throw new UsageError(`--changes-since takes a version number, not "${String(value)}".`);
  if (format === 'yaml')
    throw new UsageError('--changes-since works with --format docx, pdf or html only.');
  return { changesSince: Number(value) };
}
