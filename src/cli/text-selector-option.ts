import type { TextSelector } from '../diff/content-at';
import { UsageError } from './cli-command';

/** Reads `--from` or `--to`: a version number or `draft`; undefined when left out. */
export function textSelectorOption(
  values: Record<string, unknown>,
  name: string,
): TextSelector | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (value === 'draft') return value;
  if (typeof value === 'string' && /^[1-9]\d*$/.test(value)) return Number(value);
  throw new UsageError(`--${name} takes a version number or "draft", not "${String(value)}".`);
}
