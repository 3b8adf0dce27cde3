import { inflateRawSync } from 'node:zlib';

/** One file of a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** What the archive declares; never trusted beyond being the most inflated. */
  size: number;
  /** Where the entry's local header starts. */
  localHeader: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record and the longest comment it may carry. */
const END_SEARCH = 22 + 0xffff;
/** Sizes and counts set to these mean ZIP64, which no Word document needs. */
const ZIP64_MARK = 0xffffffff;

/**
 * The entries of the zip archive `bytes`, read from its central directory without inflating
 * anything. Throws on an archive that is damaged, encrypted or ZIP64.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new Error('damaged central directory');
    }
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    const encrypted = (view.getUint16(at + 8, true) & 1) === 1;
    if (encrypted || [entry.compressedSize, entry.size, entry.localHeader].includes(ZIP64_MARK)) {
      throw new Error('encrypted or ZIP64 entry');
    }
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The content of `entry`, never more than the size it declares: inflating stops there, so a
 * bomb whose headers understate its size costs no more than an honest entry of that size.
 * Throws when the entry is damaged or holds more or less than it declares.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new Error('damaged local header');
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw new Error('truncated entry');
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Uint8Array;
  if (entry.method === 0) content = data;
  else if (entry.method === 8)
    content = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  else throw new Error(`compression method ${entry.method}`);
  if (content.byteLength !== entry.size) throw new Error('size differs from the declared one');
  return content;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= view.byteLength - END_SEARCH; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('no end of central directory');
}
