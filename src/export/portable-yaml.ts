import { Document, isScalar, parseDocument, Scalar, visit } from 'yaml';

/**
 * `data` as a YAML document that reads the same in YAML 1.2 and in YAML 1.1 parsers such as
 * Python's, which take a plain `yes`, `2026-01-01` or `9:30` for a boolean, a date or a number:
 * such strings are quoted. Write it with `writePortableYaml`.
 */
export function portableYamlDocument(data: unknown): Document {
  const document = new Document(data);
  visit(document, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && mustQuote(scalar.value))
        scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document;
}

/** The document's text, multi-line strings as literal blocks, with no line folding. */
export function writePortableYaml(document: Document): string {
  const yaml = document.toString({ lineWidth: 0, blockQuote: 'literal' });
  // Only double quotes can hold these, escaped: YAML 1.1 reads them raw as line breaks.
  return yaml.replace(YAML_11_LINE_BREAKS, (char) => YAML_ESCAPES[char] ?? char);
}

const YAML_11_LINE_BREAKS = /[\u0085\u2028\u2029]/g;
const YAML_ESCAPES: Readonly<Record<string, string>> = {
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** Whether a literal block may hold the string: YAML 1.1 line breaks need escaping. */
export function fitsLiteralBlock(value: string): boolean {
  return value.search(YAML_11_LINE_BREAKS) === -1;
}

/** PyYAML reads a plain `=` or `<<` as a special key and refuses either as a value. */
const YAML_11_INDICATORS = new Set(['=', '<<']);

function mustQuote(value: string): boolean {
  if (!fitsLiteralBlock(value)) return true;
  // Other multi-line strings become literal blocks, which are always strings.
  if (value.includes('\n')) return false;
  // PyYAML refuses tabs in plain scalars.
  if (value.includes('\t') || YAML_11_INDICATORS.has(value)) return true;
  return !(['1.1', '1.2'] as const).every((version) => readsAsPlainString(value, version));
}

function readsAsPlainString(value: string, version: '1.1' | '1.2'): boolean {
  const parsed = parseDocument(value, { version, logLevel: 'silent' });
  return parsed.errors.length === 0 && isScalar(parsed.contents) && parsed.contents.value === value;
}
