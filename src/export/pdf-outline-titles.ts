import { CharterError } from '../errors/charter-error';
import { appendPdfUpdate, pdfDictionary, pdfTextString } from './pdf-incremental-update';
import {
  objectStart,
  PdfSyntaxError,
  readDictionary,
  referencedObject,
  startXref,
  xrefChain,
} from './pdf-syntax';

/**
 * The PDF with its bookmarks titled `titles`, in order, depth first: the headings of the
 * printed HTML as written. Chromium builds each title from the heading's painted lines, so a
 * wrapped heading loses the space at its line end, and one in a web font at the top of a page
 * may come out twice. A PDF with another number of bookmarks than titles is returned as it is.
 */
export function withOutlineTitles(pdf: Uint8Array, titles: readonly string[]): Uint8Array {
  try {
    return retitled(pdf, titles);
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error;
    throw new CharterError(
      'export-failed',
      `The printed PDF's bookmarks could not be read: ${error.message}. Report this with the Chromium version used.`,
    );
  }
}

function retitled(pdf: Uint8Array, titles: readonly string[]): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const lastXref = startXref(text);
  const sections = xrefChain(text, lastXref);
  const trailer = sections[0]?.trailer ?? new Map<string, string>();
  const dictionaryOf = (number: number) =>
    readDictionary(text, objectStart(text, sections, number)).entries;
  const catalog = dictionaryOf(referencedObject(trailer.get('Root')));
  const outlines = catalog.get('Outlines');
  if (outlines === undefined) return pdf;

  const items: number[] = [];
  const visit = (first: string | undefined) => {
    for (let next = first; next !== undefined;) {
      const number = referencedObject(next);
      if (items.includes(number)) throw new PdfSyntaxError('its bookmarks loop');
      items.push(number);
      const item = dictionaryOf(number);
      visit(item.get('First'));
      next = item.get('Next');
    }
  };
  visit(dictionaryOf(referencedObject(outlines)).get('First'));
  if (items.length !== titles.length) return pdf;

  const objects = new Map(
    items.map((number, index) => {
      const item = dictionaryOf(number);
      item.set('Title', pdfTextString(titles[index] ?? ''));
      return [number, pdfDictionary(item)];
    }),
  );
  return appendPdfUpdate(pdf, lastXref, trailer, objects);
}
