/**
 * Just enough of PDF's syntax (ISO 32000-1, 7.2 to 7.5) to read what Chromium prints: classic
 * cross-reference tables, trailers and dictionaries of direct values. Malformed input fails with
 * a PdfSyntaxError whose message says what was wrong, for the caller to put in context.
 */
export class PdfSyntaxError extends Error {}

function refuse(reason: string): never {
  throw new PdfSyntaxError(reason);
}

/** Where the last cross-reference section starts: `startxref` near the end of the file. */
export function startXref(text: string): number {
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!match) refuse('it does not end with startxref and %%EOF');
  return Number(match[1]);
}

export interface XrefSection {
  /** Byte offset of each object in use that this section lists, by object number. */
  offsets: Map<number, number>;
  trailer: Map<string, string>;
}

/** The cross-reference sections from the last to the first, following each trailer's /Prev. */
export function xrefChain(text: string, offset: number): XrefSection[] {
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

/** Where the body of object `number` starts (after `N 0 obj`), from the cross-reference sections. */
export function objectStart(
  text: string,
  sections: readonly XrefSection[],
  number: number,
): number {
  const offset = sections.find((section) => section.offsets.has(number))?.offsets.get(number);
  if (offset === undefined) refuse(`object ${number} is not in its cross-reference`);
  const header = /(\d+)\s+\d+\s+obj\s*/y;
  header.lastIndex = offset;
  const found = header.exec(text);
  if (!found || Number(found[1]) !== number) refuse(`object ${number} is not at offset ${offset}`);
  return header.lastIndex;
}

/** The page objects in reading order: the leaves of the page tree, depth first. */
export function pageObjects(
  text: string,
  sections: readonly XrefSection[],
  node: number,
): number[] {
  const entries = readDictionary(text, objectStart(text, sections, node)).entries;
  if (entries.get('Type') === '/Page') return [node];
  return referencedObjects(entries.get('Kids')).flatMap((kid) => pageObjects(text, sections, kid));
}

/** The object numbers of a reference or an array of them: `12 0 R`, `[12 0 R 14 0 R]`. */
export function referencedObjects(value: string | undefined): number[] {
  return [...(value ?? '').matchAll(/(\d+)\s+\d+\s+R/g)].map((found) => Number(found[1]));
}

/** The dictionary and the data, still encoded, of the stream object whose body starts at `position`. */
export function readStream(
  text: string,
  position: number,
): { entries: Map<string, string>; data: string } {
  const { entries, end } = readDictionary(text, position);
  const keyword = skipSpace(text, end);
  const lineEnd = /stream\r?\n/y;
  lineEnd.lastIndex = keyword;
  if (!lineEnd.exec(text)) refuse(`a stream was expected at offset ${position}`);
  const length = Number(entries.get('Length'));
  if (!Number.isInteger(length) || length < 0)
    refuse(`the stream at offset ${position} has no length written in its dictionary`);
  const start = lineEnd.lastIndex;
  if (start + length > text.length) refuse(`the stream at offset ${position} runs past the end`);
  return { entries, data: text.slice(start, start + length) };
}

/** The object number of a reference such as `12 0 R`. */
export function referencedObject(reference: string | undefined): number {
  const number = Number(/^(\d+)\s+\d+\s+R$/.exec(reference ?? '')?.[1]);
  if (!Number.isInteger(number)) refuse(`${reference ?? 'nothing'} is not a reference`);
  return number;
}

// The lexical rules of ISO 32000-1, 7.2: enough of them to read a dictionary of direct values.
const WHITE_SPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';

export function skipSpace(text: string, position: number): number {
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
export function readDictionary(
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
export function valueEndAt(text: string, position: number): number {
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
