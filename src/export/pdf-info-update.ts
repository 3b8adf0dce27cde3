import { CharterError } from '../errors/charter-error';

/** Entries of the document information dictionary that an export sets (ISO 32000-1, 14.3.3). */
export type PdfInfoEntries = Readonly<Partial<Record<'Subject' | 'Keywords', string>>>;

/**
 * The PDF with `entries` set in its document information dictionary, by an incremental update
 * (ISO 32000-1, 7.5.6): the printed bytes stay as they were, followed by a new Info object, a
 * cross-reference section for it and a trailer pointing back to the previous one. Chromium writes
 * a Title from the page's <title> but no Subject or Keywords, whatever its <meta> elements say.
 */
export function withPdfInfo(pdf: Uint8Array, entries: PdfInfoEntries): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const lastXref = startXref(text);
  const sections = xrefChain(text, lastXref);
  const { trailer } = sections[0] ?? refuse('it has no cross-reference table');
  if (trailer.has('Encrypt')) refuse('it is encrypted');
  const size = Number(trailer.get('Size'));
  if (!Number.isInteger(size) || size < 1) refuse('its trailer has no /Size');
  const info = oldInfo(text, sections, trailer.get('Info'));
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined) info.set(key, utf16Hex(value));
  }

  // The update starts on a line of its own, whatever the printer ended its file with.
  const separator = /[\r\n]$/.test(text) ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${size} 0 obj\n${dictionary(info)}\nendobj\n`;
  const xrefOffset = objectOffset + object.length;
  const newTrailer = new Map(trailer);
  for (const key of ['Size', 'Info', 'Prev', 'XRefStm']) newTrailer.delete(key);
  newTrailer.set('Size', String(size + 1));
  newTrailer.set('Info', `${size} 0 R`);
  newTrailer.set('Prev', String(lastXref));
  const update =
    `${separator}${object}` +
    `xref\n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n\r\n` +
    `trailer\n${dictionary(newTrailer)}\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const updated = new Uint8Array(pdf.length + update.length);
  updated.set(pdf);
  updated.set(Buffer.from(update, 'latin1'), pdf.length);
  return updated;
}

function refuse(reason: string): never {
  throw new CharterError(
    'export-failed',
    `The printed PDF could not be stamped with its fingerprint: ${reason}. Report this with the Chromium version used.`,
  );
}

/** Where the last cross-reference section starts: `startxref` near the end of the file. */
function startXref(text: string): number {
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!match) refuse('it does not end with startxref and %%EOF');
  return Number(match[1]);
}

interface XrefSection {
  /** Byte offset of each object in use that this section lists, by object number. */
  offsets: Map<number, number>;
  trailer: Map<string, string>;
}

/** The cross-reference sections from the last to the first, following each trailer's /Prev. */
function xrefChain(text: string, offset: number): XrefSection[] {
  const sections: XrefSection[] = [];
  const seen = new Set<number>();
  for (let next: number | undefined = offset; next !== undefined;) {
    if (seen.has(next)) refuse('its cross-reference sections loop');
    seen.add(next);
    const section = xrefSection(text, next);
    sections.push(section);
    const previous = section.trailer.get('Prev');
    next = previous === undefined ? undefined : Number(previous);
  }
  return sections;
}

function xrefSection(text: string, offset: number): XrefSection {
  // A cross-reference stream (PDF 1.5) would need its update written as a stream too.
  if (!text.startsWith('xref', offset)) refuse('its cross-reference table is a stream');
  const offsets = new Map<number, number>();
  const subsection = /\s*(\d+)\s+(\d+)\s+/y;
  const entry = /(\d{10}) (\d{5}) ([nf])[ \r\n]{1,2}/y;
  let position = offset + 'xref'.length;
  for (;;) {
    subsection.lastIndex = position;
    const header = subsection.exec(text);
    if (!header) break;
    const [first, count] = [Number(header[1]), Number(header[2])];
    position = subsection.lastIndex;
    for (let index = 0; index < count; index += 1) {
      entry.lastIndex = position;
      const row = entry.exec(text);
      if (!row) refuse(`entry ${first + index} of its cross-reference table is malformed`);
      if (row[3] === 'n') offsets.set(first + index, Number(row[1]));
      position = entry.lastIndex;
    }
  }
  const trailerAt = skipSpace(text, position);
  if (!text.startsWith('trailer', trailerAt)) refuse('its cross-reference table has no trailer');
  return {
    offsets,
    trailer: readDictionary(text, skipSpace(text, trailerAt + 'trailer'.length)).entries,
  };
}

/** The entries of the current Info dictionary, as written, or none when there is no Info. */
function oldInfo(
  text: string,
  sections: readonly XrefSection[],
  reference: string | undefined,
): Map<string, string> {
  if (reference === undefined) return new Map();
  const number = Number(/^(\d+)\s+\d+\s+R$/.exec(reference)?.[1]);
  const offset = sections.find((section) => section.offsets.has(number))?.offsets.get(number);
  if (offset === undefined) refuse(`its Info object ${reference} is not in its cross-reference`);
  const header = /(\d+)\s+\d+\s+obj\s*/y;
  header.lastIndex = offset;
  const found = header.exec(text);
  if (!found || Number(found[1]) !== number) refuse(`its Info object is not at offset ${offset}`);
  return readDictionary(text, header.lastIndex).entries;
}

/** A text string as PDF readers all take it: UTF-16BE with its byte order mark, in hex. */
function utf16Hex(value: string): string {
  const units = [...value].flatMap((character) => {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint <= 0xffff) return [codePoint];
    const offset = codePoint - 0x10000;
    return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
  });
  return `<FEFF${units.map((unit) => unit.toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
}

function dictionary(entries: ReadonlyMap<string, string>): string {
  return `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}

// The lexical rules of ISO 32000-1, 7.2: enough of them to read a dictionary of direct values.
const WHITE_SPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';

function skipSpace(text: string, position: number): number {
  let at = position;
  while (at < text.length) {
    if (WHITE_SPACE.includes(text.charAt(at))) at += 1;
    else if (text.charAt(at) === '%')
      while (at < text.length && !'\r\n'.includes(text.charAt(at))) at += 1;
    else break;
  }
  return at;
}

function regularEnd(text: string, position: number): number {
  let at = position;
  while (
    at < text.length &&
    !WHITE_SPACE.includes(text.charAt(at)) &&
    !DELIMITERS.includes(text.charAt(at))
  )
    at += 1;
  return at;
}

/** A dictionary's entries with each value's source text, and where it ends. */
function readDictionary(
  text: string,
  position: number,
): { entries: Map<string, string>; end: number } {
  if (!text.startsWith('<<', position)) refuse(`a dictionary was expected at offset ${position}`);
  const entries = new Map<string, string>();
  let at = skipSpace(text, position + 2);
  while (!text.startsWith('>>', at)) {
    if (text.charAt(at) !== '/') refuse(`a key was expected at offset ${at}`);
    const keyEnd = regularEnd(text, at + 1);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = valueEndAt(text, valueStart);
    entries.set(text.slice(at + 1, keyEnd), text.slice(valueStart, valueEnd));
    at = skipSpace(text, valueEnd);
  }
  return { entries, end: at + 2 };
}

/** Where the object that starts at `position` ends: a string, name, array, dictionary, number or reference. */
function valueEndAt(text: string, position: number): number {
  const first = text.charAt(position);
  if (text.startsWith('<<', position)) return readDictionary(text, position).end;
  if (first === '<') {
    const close = text.indexOf('>', position);
    if (close < 0) refuse(`a hex string at offset ${position} is not closed`);
    return close + 1;
  }
  if (first === '(') return literalStringEnd(text, position);
  if (first === '[') {
    let at = skipSpace(text, position + 1);
    while (text.charAt(at) !== ']') {
      if (at >= text.length) refuse(`an array at offset ${position} is not closed`);
      at = skipSpace(text, valueEndAt(text, at));
    }
    return at + 1;
  }
  if (first === '/') return regularEnd(text, position + 1);
  const end = regularEnd(text, position);
  if (end === position) refuse(`a value was expected at offset ${position}`);
  // "12 0 R" is one value: a reference.
  const reference = /\s+\d+\s+R(?![^\0\t\n\f\r ()<>[\]{}/%])/y;
  reference.lastIndex = end;
  return /^\d+$/.test(text.slice(position, end)) && reference.exec(text)
    ? reference.lastIndex
    : end;
}

/** Literal strings nest balanced parentheses; a backslash escapes the next character. */
function literalStringEnd(text: string, position: number): number {
  let depth = 0;
  for (let at = position; at < text.length; at += 1) {
    const character = text.charAt(at);
    if (character === '\\') at += 1;
    else if (character === '(') depth += 1;
    else if (character === ')') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return refuse(`a string at offset ${position} is not closed`);
}
