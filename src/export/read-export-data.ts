import { CharterError } from '../errors/charter-error';
import { parseYamlSafely } from '../text/parse-yaml-safely';
import { EXPORT_FORMAT } from './export-document';

/**
 * The data of a YAML export, as written: parsed safely (no alias bomb, no custom tag) and refused
 * with a clear message when it is another contract. Callers validate it against ExportDocument.
 */
export function readExportData(text: string): unknown {
  const data = readYamlSafely(text);
  refuseOtherFormats(data);
  return data;
}

/** YAML data parsed safely (see parseYamlSafely), or an error that says what and where. */
export function readYamlSafely(text: string): unknown {
  const reading = parseYamlSafely(text);
  if (reading.ok) return reading.data;
  const where =
    reading.line === undefined ? '' : ` (line ${reading.line}, column ${reading.column})`;
  throw new CharterError(
    'invalid-file',
    `This file is not valid YAML: ${reading.problem}${where}. Check that it is the file you meant, as it was exported.`,
  );
}

/** A newer contract gets a message that says so, rather than a list of unknown fields. */
function refuseOtherFormats(data: unknown): void {
  if (typeof data !== 'object' || data === null || !('format' in data)) return;
  const { format } = data;
  if (
    typeof format === 'string' &&
    format !== EXPORT_FORMAT &&
    format.startsWith('charter-studio/charter@')
  ) {
    throw new CharterError(
      'unsupported',
      `This export uses the format ${format}, which this version of Charter Studio cannot read (it reads ${EXPORT_FORMAT}). Update Charter Studio to import it.`,
      { format },
    );
  }
}
