import { CharterError } from '../errors/charter-error';
import { parseYamlSafely } from '../text/parse-yaml-safely';
import { EXPORT_CONTRACTS, exportFormat } from '../model/export-contract';

/**
 * The data of a YAML export, as written: parsed safely (no alias bomb, no custom tag) and refused
 * with a clear message when it is a contract this version does not know. Callers validate it against ExportDocument.
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

const READABLE: readonly string[] = EXPORT_CONTRACTS.map(exportFormat);

/** A newer contract gets a message that says so, rather than a list of unknown fields. */
function refuseOtherFormats(data: unknown): void {
  if (typeof data !== 'object' || data === null || !('format' in data)) return;
  const { format } = data;
  if (
    typeof format === 'string' &&
    !READABLE.includes(format) &&
    format.startsWith('charter-studio/charter@')
  ) {
    throw new CharterError(
      'unsupported',
      `This export uses the format ${format}, which this version of Charter Studio cannot read (it reads ${READABLE.join(' and ')}). Update Charter Studio to import it.`,
      { format },
    );
  }
}
