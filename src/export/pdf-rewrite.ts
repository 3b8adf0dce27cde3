import { pdfDictionary } from './pdf-incremental-update';
import { PdfSyntaxError, startXref, xrefChain } from './pdf-syntax';

/**
 * `pdf` as printed (one classic cross-reference table) with the bodies of some objects
 * replaced: the file is written anew, every offset recomputed, rather than updated, so that the
 * bodies replaced do not stay in it. The other objects keep their bytes and order.
 */
export function withObjectsReplaced(
  pdf: Uint8Array,
  bodies: ReadonlyMap<number, string>,
): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const xrefAt = startXref(text);
  const [section, ...updates] = xrefChain(text, xrefAt);
  if (section === undefined || updates.length > 0)
    throw new PdfSyntaxError('it was updated after it was printed');
  const objects = [...section.offsets].sort(([, a], [, b]) => a - b);
  let out = text.slice(0, objects[0]?.[1] ?? xrefAt);
  const offsets = new Map<number, number>();
  for (const [index, [number, offset]] of objects.entries()) {
    offsets.set(number, out.length);
    const body = bodies.get(number);
    out +=
      body === undefined
        ? text.slice(offset, objects[index + 1]?.[1] ?? xrefAt)
        : `${number} 0 obj\n${body}\nendobj\n`;
  }
  const size = Number(section.trailer.get('Size'));
  if (!Number.isInteger(size) || size <= Math.max(...offsets.keys()))
    throw new PdfSyntaxError('its trailer does not count its objects');
  const rows = Array.from({ length: size }, (_, number) => {
    const offset = offsets.get(number);
    return offset === undefined
      ? '0000000000 65535 f\r\n'
      : `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  });
  const xref = out.length;
  out +=
    `xref\n0 ${size}\n${rows.join('')}` +
    `trailer\n${pdfDictionary(section.trailer)}\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
