import { deflateSync, inflateSync } from 'node:zlib';
import { CharterError } from '../errors/charter-error';
import { pdfDictionary } from './pdf-incremental-update';
import { withObjectsReplaced } from './pdf-rewrite';
import {
  objectStart,
  pageObjects,
  PdfSyntaxError,
  readDictionary,
  readStream,
  referencedObject,
  referencedObjects,
  startXref,
  xrefChain,
} from './pdf-syntax';

/**
 * Chromium paints each soft hyphen that does not end a line as an invisible glyph marked
 * `/Span <</ActualText <FEFF00AD>>> BDC … EMC`, so readers put U+00AD inside the words: a search
 * for « réseaux » misses « ré­seaux », and copied text carries them. Each glyph is placed by its
 * own `Td` from the start of the line, so the span goes and its `Td` stays: nothing moves. Soft
 * hyphens inside another ActualText (a ligature) are dropped from it. A hyphen that ends a line
 * is painted as one and stays, as in any hyphenated book.
 */
const SOFT_HYPHEN_GLYPH =
  /\/Span\s*<<\s*\/ActualText\s*<FEFF00AD>\s*>>\s*BDC\s*((?:-?[\d.]+\s+){2}Td)?\s*<[0-9A-Fa-f]*>\s*Tj\s*EMC\s*/gi;
const ACTUAL_TEXT = /\/ActualText\s*<FEFF((?:[0-9A-Fa-f]{4})*)>/gi;

/** The printed PDF without the soft hyphens in its text: see SOFT_HYPHEN_GLYPH. */
export function withoutSoftHyphens(pdf: Uint8Array): Uint8Array {
  try {
    const cleaned = cleanedContents(Buffer.from(pdf).toString('latin1'));
    return cleaned.size === 0 ? pdf : withObjectsReplaced(pdf, cleaned);
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error;
    throw new CharterError(
      'export-failed',
      `The printed PDF's text could not be read: ${error.message}. Report this with the Chromium version used.`,
    );
  }
}

/** The page content streams that held soft hyphens, without them, by object number. */
function cleanedContents(text: string): Map<number, string> {
  const sections = xrefChain(text, startXref(text));
  const dictionaryOf = (number: number) =>
    readDictionary(text, objectStart(text, sections, number)).entries;
  const catalog = dictionaryOf(referencedObject(sections[0]?.trailer.get('Root')));
  const contents = pageObjects(text, sections, referencedObject(catalog.get('Pages'))).flatMap(
    (page) => referencedObjects(dictionaryOf(page).get('Contents')),
  );
  const cleaned = new Map<number, string>();
  for (const number of new Set(contents)) {
    const { entries, data } = readStream(text, objectStart(text, sections, number));
    const compressed = entries.get('Filter') === '/FlateDecode';
    if (!compressed && entries.has('Filter')) continue;
    const content = compressed ? inflated(data, number) : data;
    const without = withoutSoftHyphenText(content);
    if (without === content) continue;
    const encoded = compressed
      ? deflateSync(Buffer.from(without, 'latin1')).toString('latin1')
      : without;
    entries.set('Length', String(encoded.length));
    cleaned.set(number, `${pdfDictionary(entries)}\nstream\n${encoded}\nendstream`);
  }
  return cleaned;
}

/** A page's content, its operators as latin1 text, without its soft hyphens. */
export function withoutSoftHyphenText(content: string): string {
  return content
    .replace(SOFT_HYPHEN_GLYPH, (_, place: string | undefined) => (place ? `${place}\n` : ''))
    .replace(ACTUAL_TEXT, (_, units: string) => {
      const kept = (units.match(/.{4}/g) ?? []).filter((unit) => unit.toUpperCase() !== '00AD');
      return `/ActualText <FEFF${kept.join('')}>`;
    });
}

function inflated(data: string, number: number): string {
  try {
    return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  } catch {
    throw new PdfSyntaxError(`the content of object ${number} does not inflate`);
  }
}
