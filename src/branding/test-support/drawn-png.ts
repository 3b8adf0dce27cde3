import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

/**
 * A real PNG (8-bit RGBA, no filter) of `width` × `height` pixels, each the colour `paint`
 * gives it: a logo for tests that every reader (Chromium, LibreOffice, Word) decodes.
 */
export function drawnPng(
  width: number,
  height: number,
  paint: (x: number, y: number) => Rgba,
): Buffer {
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: width }, (_, x) => paint(x, y)).flat()]),
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, check]);
}

/** A company mark: a dark red square with a white bar across, on a transparent ground. */
export function markPng(width = 240, height = 80): Buffer {
  return drawnPng(width, height, (x, y) => {
    if (x >= height) return [0, 0, 0, 0];
    const bar = y > height * 0.4 && y < height * 0.6 && x > height * 0.15 && x < height * 0.85;
    return bar ? [255, 255, 255, 255] : [0x9b, 0x2c, 0x1f, 255];
  });
}
