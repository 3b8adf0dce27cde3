import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZipEntries, readZipEntry } from './zip-entries';

const TEXT = 'Charte réseaux sociaux. '.repeat(200);

/** The archive with the uncompressed size of its first entry set to `size` in both headers. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const central = Buffer.from(copy).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  view.setUint32(22, size, true);
  view.setUint32(central + 24, size, true);
  return copy;
}

describe('listZipEntries and readZipEntry', () => {
  it('read stored and deflated entries, with a comment after the directory', () => {
    const zip = zipSync(
      { 'a/stored.txt': [strToU8(TEXT), { level: 0 }], 'b/deflated.xml': strToU8(TEXT) },
      { comment: 'written by a test' },
    );
    const entries = listZipEntries(zip);
    expect(entries.map(({ name, method, size }) => ({ name, method, size }))).toEqual([
      { name: 'a/stored.txt', method: 0, size: strToU8(TEXT).length },
      { name: 'b/deflated.xml', method: 8, size: strToU8(TEXT).length },
    ]);
    for (const entry of entries)
      expect(new TextDecoder().decode(readZipEntry(zip, entry))).toBe(TEXT);
  });

  it('refuse an entry holding more, or less, than it declares', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(TEXT) });
    for (const size of [100, strToU8(TEXT).length + 1]) {
      const lying = declaring(zip, size);
      const [entry] = listZipEntries(lying);
      if (!entry) throw new Error('no entry listed');
      expect(() => readZipEntry(lying, entry)).toThrow();
    }
  });

  it('refuse encrypted entries, and what is not a zip', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(TEXT) });
    const central = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = zip.slice();
    encrypted[central + 8] = 1;
    expect(() => listZipEntries(encrypted)).toThrow(/encrypted/);
    expect(() => listZipEntries(strToU8('PK not really'))).toThrow();
    expect(() => listZipEntries(zip.subarray(0, zip.length - 30))).toThrow();
  });
});
