import { CharterError } from '../errors/charter-error';
import { appendPdfUpdate, pdfDictionary, pdfTextString } from './pdf-incremental-update';
import {
  objectStart,
  PdfSyntaxError,
  readDictionary,
  referencedObject,
  startXref,
  xrefChain,
  type XrefSection,
} from './pdf-syntax';

/** Entries of the document information dictionary that an export sets (ISO 32000-1, 14.3.3). */
export type PdfInfoEntries = Readonly<Partial<Record<'Author' | 'Subject' | 'Keywords', string>>>;

/**
 * The PDF with `entries` set in its document information dictionary, by an incremental update
 * (ISO 32000-1, 7.5.6): the printed bytes stay as they were, followed by a new Info object, a
 * cross-reference section for it and a trailer pointing back to the previous one. Chromium writes
 * a Title from the page's <title> but no Author, Subject or Keywords, whatever its <meta> elements say.
 */
export function withPdfInfo(pdf: Uint8Array, entries: PdfInfoEntries): Uint8Array {
  try {
    return updatedPdf(pdf, entries);
  } catch (error) {
    if (error instanceof PdfSyntaxError) refuse(error.message);
    throw error;
  }
}

function updatedPdf(pdf: Uint8Array, entries: PdfInfoEntries): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const lastXref = startXref(text);
  const sections = xrefChain(text, lastXref);
  const { trailer } = sections[0] ?? refuse('it has no cross-reference table');
  if (trailer.has('Encrypt')) refuse('it is encrypted');
  const size = Number(trailer.get('Size'));
  if (!Number.isInteger(size) || size < 1) refuse('its trailer has no /Size');
  const info = oldInfo(text, sections, trailer.get('Info'));
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined) info.set(key, pdfTextString(value));
  }

  const newTrailer = new Map(trailer);
  for (const key of ['Size', 'Info']) newTrailer.delete(key);
  newTrailer.set('Size', String(size + 1));
  newTrailer.set('Info', `${size} 0 R`);
  return appendPdfUpdate(pdf, lastXref, newTrailer, new Map([[size, pdfDictionary(info)]]));
}

function refuse(reason: string): never {
  throw new CharterError(
    'export-failed',
    `The printed PDF could not be stamped with its fingerprint: ${reason}. Report this with the Chromium version used.`,
  );
}

/** The entries of the current Info dictionary, as written, or none when there is no Info. */
function oldInfo(
  text: string,
  sections: readonly XrefSection[],
  reference: string | undefined,
): Map<string, string> {
  if (reference === undefined) return new Map();
  return readDictionary(text, objectStart(text, sections, referencedObject(reference))).entries;
}
