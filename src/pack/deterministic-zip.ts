import { zipSync, type Zippable } from 'fflate';
import type { Timestamp } from '../model/timestamp';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** A plain file name: no folder, no `..`, nothing an unzip tool could write outside its folder. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

function checkedName(name: string, seen: Set<string>): string {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe name in a ZIP: ${JSON.stringify(name)}`);
  if (seen.has(name.toLowerCase())) throw new Error(`Two files named ${name} in a ZIP`);
  seen.add(name.toLowerCase());
  return name;
}

/**
 * ZIP stores a file's time as a wall-clock time without a zone, and fflate writes it from local
 * time: a date whose local fields are the UTC ones writes the same bytes in every time zone.
 */
function zipTime(timestamp: Timestamp): Date {
  const utc = new Date(timestamp);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/**
 * The entries as a ZIP in the order given, every one dated `modifiedAt` (UTC): the same entries
 * always give the same bytes, wherever and whenever they are zipped.
 */
export function deterministicZip(entries: readonly ZipEntry[], modifiedAt: Timestamp): Uint8Array {
  const seen = new Set<string>();
  const files: Zippable = {};
  for (const entry of entries) files[checkedName(entry.name, seen)] = entry.bytes;
  return zipSync(files, { level: 6, mtime: zipTime(modifiedAt) });
}
