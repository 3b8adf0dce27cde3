import { CharterError } from '../errors/charter-error';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip-entries';

/** Limits checked on the sizes the archive declares, before anything is inflated (zip bombs). */
export const DOCX_LIMITS = {
  /** All entries together, uncompressed. */
  totalBytes: 50 * 1024 * 1024,
  /** One entry, uncompressed. */
  entryBytes: 25 * 1024 * 1024,
  entries: 10_000,
} as const;

export const DOCUMENT_PART = 'word/document.xml';

/**
 * The text of the parts of a DOCX package named in `wanted` that it holds; word/document.xml is
 * required. Only the wanted parts are inflated, never past the sizes the archive declares, after
 * the whole archive's declared sizes are checked against DOCX_LIMITS: the work is bounded by the
 * limits whatever the archive holds. `fileName` names the file in error messages, which are one
 * sentence saying what to do.
 */
export function readDocxParts(
  bytes: Uint8Array,
  fileName: string,
  wanted: readonly string[],
): Map<string, string> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    throw notAZip(fileName);
  }
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (
    entries.length > DOCX_LIMITS.entries ||
    total > DOCX_LIMITS.totalBytes ||
    entries.some((entry) => entry.size > DOCX_LIMITS.entryBytes)
  )
    throw tooLarge(fileName);
  const inflated: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.name !== DOCUMENT_PART && !wanted.includes(entry.name)) continue;
    try {
      inflated[entry.name] = readZipEntry(bytes, entry);
    } catch {
      throw new CharterError(
        'invalid-file',
        `${fileName} is damaged: ${entry.name} cannot be unzipped. Open it in Word or LibreOffice and save it again as .docx.`,
      );
    }
  }
  if (!inflated[DOCUMENT_PART]) {
    throw new CharterError(
      'invalid-file',
      `${fileName} has no ${DOCUMENT_PART}, so it is not a Word document. Open it in Word or LibreOffice and save it as .docx.`,
    );
  }
  const parts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(inflated)) {
    try {
      parts.set(name, decoder.decode(data));
    } catch {
      throw new CharterError(
        'invalid-file',
        `${fileName} is damaged: ${name} is not UTF-8 text. Open it in Word or LibreOffice and save it again as .docx.`,
      );
    }
  }
  return parts;
}

function tooLarge(fileName: string): CharterError {
  return new CharterError(
    'invalid-file',
    `${fileName} is too large to read: a charter's Word document stays well under ${DOCX_LIMITS.totalBytes / 1024 / 1024} MB uncompressed. Check that it is the exported charter, and remove pictures or attachments from it.`,
  );
}

function notAZip(fileName: string): CharterError {
  return new CharterError(
    'invalid-file',
    `${fileName} is not a Word document (.docx): it cannot be unzipped. Open it in Word or LibreOffice and save it as .docx.`,
  );
}
