import type { Logo } from '../model/branding';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What kind of raster picture `bytes` is and its size in pixels, read from the file's own
 * header (PNG's IHDR chunk, JPEG's start-of-frame segment); undefined for anything else.
 */
export function rasterSize(
  bytes: Uint8Array,
): Pick<Logo, 'mediaType' | 'width' | 'height'> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
    return { mediaType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes, view);
  return undefined;
}

/** Walks the JPEG's segments to the first start of frame (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(
  bytes: Uint8Array,
  view: DataView,
): Pick<Logo, 'mediaType' | 'width' | 'height'> | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame)
      return {
        mediaType: 'image/jpeg',
        height: view.getUint16(at + 5),
        width: view.getUint16(at + 7),
      };
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}
