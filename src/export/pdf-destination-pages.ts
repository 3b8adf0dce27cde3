import { CharterError } from '../errors/charter-error';
import {
  objectStart,
  pageObjects,
  PdfSyntaxError,
  readDictionary,
  referencedObject,
  startXref,
  xrefChain,
} from './pdf-syntax';

/**
 * The page, counted from 1, that each named destination of a printed PDF points to. Chromium
 * writes one for each element a link of the page leads to (`<a href="#id">` gives `/id`), in
 * the catalog's /Dests dictionary: the table of contents finds its page numbers here, as CSS's
 * target-counter() would, which Chromium does not implement.
 */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  try {
    return destinationPages(Buffer.from(pdf).toString('latin1'));
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error;
    throw new CharterError(
      'export-failed',
      `The printed PDF's page numbers could not be read: ${error.message}. Report this with the Chromium version used.`,
    );
  }
}

function destinationPages(text: string): Map<string, number> {
  const sections = xrefChain(text, startXref(text));
  const dictionaryOf = (reference: string | undefined) =>
    readDictionary(text, objectStart(text, sections, referencedObject(reference))).entries;
  const catalog = dictionaryOf(sections[0]?.trailer.get('Root'));
  const pageNumbers = new Map(
    pageObjects(text, sections, referencedObject(catalog.get('Pages'))).map((page, index) => [
      page,
      index + 1,
    ]),
  );
  const destinations = catalog.has('Dests') ? dictionaryOf(catalog.get('Dests')) : new Map();
  const pages = new Map<string, number>();
  for (const [name, destination] of destinations) {
    const page = /^\[\s*(\d+)\s+\d+\s+R/.exec(destination)?.[1];
    const number = page === undefined ? undefined : pageNumbers.get(Number(page));
    if (number !== undefined) pages.set(decodeName(name), number);
  }
  return pages;
}

/** A name as written, `#xx` escapes and all, back to its UTF-8 text (ISO 32000-1, 7.3.5). */
function decodeName(name: string): string {
  const bytes = name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
