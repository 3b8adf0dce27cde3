import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES } from '../model/branding';
import { parseAccent } from './parse-accent';
import { logoFromBytes, readLogo } from './read-logo';
import { drawnPng, markPng } from './test-support/drawn-png';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-logo-'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('readLogo', () => {
  it('keeps a PNG with its size, whatever the file is called', async () => {
    const path = join(folder, 'logo.bin');
    const png = markPng(300, 90);
    await writeFile(path, png);
    expect(await readLogo(path)).toEqual({
      mediaType: 'image/png',
      width: 300,
      height: 90,
      data: png.toString('base64'),
    });
  });

  it('reads the size of a JPEG from its start of frame, past the segments before it', () => {
    // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): 8 bits, 120 high, 640 wide.
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array<number>(14).fill(0)];
    const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, 0x00, 0x78, 0x02, 0x80, 0x03];
    const jpeg = Uint8Array.from([0xff, 0xd8, ...app0, ...sof2, ...Array<number>(16).fill(0)]);
    expect(logoFromBytes(jpeg, 'logo.jpg')).toMatchObject({
      mediaType: 'image/jpeg',
      width: 640,
      height: 120,
    });
  });

  it('refuses an SVG and says to export it as PNG', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(() => logoFromBytes(svg, 'logo.svg')).toThrow(/not a PNG or JPEG.*SVG is not accepted/);
  });

  it('refuses a picture too large to be a logo, in bytes or in pixels', () => {
    expect(() => logoFromBytes(new Uint8Array(MAX_LOGO_BYTES + 1), 'big.png')).toThrow(
      /the limit is 512 KB/,
    );
    expect(() =>
      logoFromBytes(
        drawnPng(4097, 1, () => [0, 0, 0, 255]),
        'wide.png',
      ),
    ).toThrow(/4097 × 1 pixels; each side must be between 1 and 4096/);
  });

  it('says which file it could not read', async () => {
    await expect(readLogo(join(folder, 'missing.png'))).rejects.toThrow(
      /missing\.png: there is no such file/,
    );
  });
});

describe('parseAccent', () => {
  it('takes a colour as people type it and stores it in lower case', () => {
    expect(parseAccent('#C0392B')).toBe('#c0392b');
    expect(parseAccent(' 1f4e6b ')).toBe('#1f4e6b');
  });

  it('refuses what is not six hexadecimal digits', () => {
    expect(() => parseAccent('red')).toThrow(/six hexadecimal digits/);
  });
});
