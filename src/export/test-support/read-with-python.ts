import { resolve } from 'node:path';
import { ExportDocument } from '../export-document';
import { requireTool } from './require-tool';
import { runTool } from './run-tool';

const SCHEMAS = [1, 2].map((contract) =>
  resolve(import.meta.dirname, `../../../schemas/charter-export.v${contract}.schema.json`),
);

/**
 * Python's YAML 1.1 reader and the JSON Schema validator, as an intranet script would use them:
 * the schema of the contract the document names, and none for a contract it does not know.
 */
const READ_WITH_PYTHON = `
import json, sys, yaml, jsonschema
validators = {}
for path in sys.argv[1:]:
    schema = json.load(open(path, encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    validators[schema['properties']['format']['const']] = jsonschema.Draft202012Validator(schema)
results = []
for document in json.load(sys.stdin)['yaml']:
    data = yaml.safe_load(document)
    validator = validators.get(data.get('format')) if isinstance(data, dict) else None
    errors = ['no schema for this format'] if validator is None else sorted(error.message for error in validator.iter_errors(data))
    # No default= for json.dumps: a value YAML 1.1 read as a date must fail here.
    results.append({'data': data, 'errors': errors})
print(json.dumps(results))
`;

/** An export's data, loose enough for tests to break it. */
export interface ExportData {
  company: Record<string, unknown>;
  version: Record<string, unknown>;
  approvals: Record<string, unknown>[];
  rules: Record<string, Record<string, unknown>>;
  sections: { clauses: Record<string, unknown>[] }[];
}

export interface PythonResult {
  data: unknown;
  errors: string[];
}

/** Each YAML text as Python reads it, with what the schema of its contract finds wrong. */
export async function readWithPython(...yaml: string[]): Promise<PythonResult[]> {
  const output = await runTool('python3', ['-c', READ_WITH_PYTHON, ...SCHEMAS], {
    input: JSON.stringify({ yaml }),
  });
  return JSON.parse(output) as PythonResult[];
}

/** Python with PyYAML and jsonschema, or the tests that need them skip (see requireTool). */
export const hasPython = requireTool('python3', ['-c', 'import yaml, jsonschema']);

/** Whether zod and the JSON Schema of its contract accept each variant of `valid`. */
export async function schemaVerdicts(
  valid: unknown,
  variants: [string, (document: ExportData) => void][],
): Promise<{ name: string; zod: boolean; jsonSchema: boolean }[]> {
  const documents = variants.map(([, change]) => {
    const document = structuredClone(valid) as ExportData;
    change(document);
    return document;
  });
  const results = await readWithPython(...documents.map((document) => JSON.stringify(document)));
  return variants.map(([name], index) => ({
    name,
    zod: ExportDocument.safeParse(documents[index]).success,
    jsonSchema: results[index]?.errors.length === 0,
  }));
}
