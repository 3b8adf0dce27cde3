import { readFile } from 'node:fs/promises';
import { CharterError } from '../errors/charter-error';
import { Logo, MAX_LOGO_BYTES, MAX_LOGO_SIDE } from '../model/branding';
import { describeReadError } from '../store/describe-file-system-error';
import { rasterSize } from './raster-size';

/**
 * A logo file as a project keeps it: a PNG or a JPEG, recognised by its bytes rather than its
 * name, at most MAX_LOGO_BYTES and MAX_LOGO_SIDE pixels a side. Anything else, SVG included
 * (it can run scripts and fetch), is refused with what to do instead.
 */
export async function readLogo(path: string): Promise<Logo> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CharterError(
      'not-found',
      `Could not read the logo ${path}: ${describeReadError(error)}`,
      {
        path,
      },
    );
  }
  return logoFromBytes(bytes, path);
}

/** The logo in `bytes`, checked as readLogo checks a file; `name` is what errors call it. */
export function logoFromBytes(bytes: Uint8Array, name: string): Logo {
  if (bytes.length > MAX_LOGO_BYTES)
    throw new CharterError(
      'invalid-input',
      `The logo ${name} is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${MAX_LOGO_BYTES / 1024} KB. Save it smaller (a logo needs no more than ${MAX_LOGO_SIDE} pixels a side).`,
      { reason: 'logo-refused', path: name },
    );
  const size = rasterSize(bytes);
  if (size === undefined)
    throw new CharterError(
      'invalid-input',
      `The logo ${name} is not a PNG or JPEG picture. Export it as PNG (SVG is not accepted).`,
      { reason: 'logo-refused', path: name },
    );
  const logo = Logo.safeParse({ ...size, data: Buffer.from(bytes).toString('base64') });
  if (!logo.success)
    throw new CharterError(
      'invalid-input',
      `The logo ${name} is ${size.width} × ${size.height} pixels; each side must be between 1 and ${MAX_LOGO_SIDE}. Resize it.`,
      { reason: 'logo-refused', path: name },
    );
  return logo.data;
}
