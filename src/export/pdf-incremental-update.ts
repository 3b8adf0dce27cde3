/**
 * `pdf` followed by an incremental update (ISO 32000-1, 7.5.6): the given objects (new numbers,
 * or new versions of old ones), a cross-reference section for them and a trailer with `trailer`'s
 * entries, pointing back to the previous section. The printed bytes stay as they were.
 */
export function appendPdfUpdate(
  pdf: Uint8Array,
  lastXref: number,
  trailer: ReadonlyMap<string, string>,
  objects: ReadonlyMap<number, string>,
): Uint8Array {
  const text = Buffer.from(pdf.subarray(-2)).toString('latin1');
  // The update starts on a line of its own, whatever the printer ended its file with.
  const separator = /[\r\n]$/.test(text) ? '' : '\n';
  let offset = pdf.length + separator.length;
  let body = separator;
  const entries: string[] = [];
  for (const [number, value] of [...objects].sort(([a], [b]) => a - b)) {
    const object = `${number} 0 obj\n${value}\nendobj\n`;
    entries.push(`${number} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`);
    body += object;
    offset += object.length;
  }
  const newTrailer = new Map(trailer);
  for (const key of ['Prev', 'XRefStm']) newTrailer.delete(key);
  newTrailer.set('Prev', String(lastXref));
  const update =
    `${body}xref\n${entries.join('')}` +
    `trailer\n${pdfDictionary(newTrailer)}\nstartxref\n${offset}\n%%EOF\n`;
  const updated = new Uint8Array(pdf.length + Buffer.byteLength(update, 'latin1'));
  updated.set(pdf);
  updated.set(Buffer.from(update, 'latin1'), pdf.length);
  return updated;
}

export function pdfDictionary(entries: ReadonlyMap<string, string>): string {
  return `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}

/** A text string as PDF readers all take it: UTF-16BE with its byte order mark, in hex. */
export function pdfTextString(value: string): string {
  const units = [...value].flatMap((character) => {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint <= 0xffff) return [codePoint];
    const offset = codePoint - 0x10000;
    return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
  });
  return `<FEFF${units.map((unit) => unit.toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
}
