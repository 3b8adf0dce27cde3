import { strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { deterministicZip } from './deterministic-zip';

const README = { name: 'README.txt', bytes: strToU8('lisez-moi') };
const entries = [README, { name: 'charter-v2.yaml', bytes: strToU8('title: Charte\n') }];

/** The DOS date and time of each entry, as its local header stores them. */
function headerTimes(zip: Uint8Array): { time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times = [];
  for (let offset = 0; view.getUint32(offset, true) === 0x04034b50;) {
    times.push({
      time: view.getUint16(offset + 10, true),
      date: view.getUint16(offset + 12, true),
    });
    const compressed = view.getUint32(offset + 18, true);
    offset +=
      30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + compressed;
  }
  return times;
}

describe('deterministicZip', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('holds the entries in order, each dated the given instant in UTC', () => {
    const zip = deterministicZip(entries, '2026-03-05T12:34:56.000Z');
    expect(Object.keys(unzipSync(zip))).toEqual(['README.txt', 'charter-v2.yaml']);
    const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 5;
    const dosTime = (12 << 11) | (34 << 5) | (56 >> 1);
    expect(headerTimes(zip)).toEqual([
      { time: dosTime, date: dosDate },
      { time: dosTime, date: dosDate },
    ]);
  });

  it('writes the same bytes in every time zone', () => {
    process.env.TZ = 'Pacific/Auckland';
    const auckland = deterministicZip(entries, '2026-03-05T23:30:00.000Z');
    process.env.TZ = 'America/Los_Angeles';
    expect(deterministicZip(entries, '2026-03-05T23:30:00.000Z')).toEqual(auckland);
  });

  it('refuses a name that could land outside the folder it is unzipped in, or twice', () => {
    for (const name of [
      '../evil.txt',
      '/etc/passwd',
      'a/b.txt',
      'a\\b.txt',
      '..',
      '.hidden',
      'C:x',
    ]) {
      expect(() =>
        deterministicZip([{ name, bytes: strToU8('x') }], '2026-03-05T00:00:00Z'),
      ).toThrow(/Unsafe name/);
    }
    expect(() =>
      deterministicZip([README, { ...README, name: 'readme.TXT' }], '2026-03-05T00:00:00Z'),
    ).toThrow(/Two files named/);
  });
});
