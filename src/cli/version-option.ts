import type { VersionSelector } from '../signoff/select-version';
import { UsageError } from './cli-command';

/** `--version`: a version number, `latest` or `draft`; anything else is a usage error. */
export function versionOption(values: Record<string, unknown>): VersionSelector | undefined {
  const text = values.version;
  if (text === undefined) return undefined;
  if (text === 'latest' || text === 'draft') return text;
  if (typeof text === 'string' && /^[1-9]\d*$/.test(text)) return Number(text);
  throw new UsageError(
    `--version takes a version number, "latest" or "draft", not "${String(text)}".`,
  );
}
