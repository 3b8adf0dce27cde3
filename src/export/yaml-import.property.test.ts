import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { Project } from '../model/project';
import { parseYamlSafely } from '../text/parse-yaml-safely';
import { createSampleProject } from './sample-project.fixture';
import { exportYaml } from './yaml-export';
import { importYaml } from './yaml-import';

const NOW = '2026-01-01T00:00:00.000Z';

/** Imports `text`: a valid project, or a CharterError; any other failure fails the property. */
function importOrRefuse(text: string): void {
  try {
    const project = importYaml(text, { now: NOW });
    expect(Project.parse(project)).toEqual(project);
  } catch (error) {
    if (!(error instanceof CharterError)) throw error;
    expect(['invalid-file', 'unsupported']).toContain(error.code);
  }
}

const exported = exportYaml(createSampleProject()).split('\n');
/** YAML's own syntax, to reach deeper than random characters would. */
const yamlPiece = fc.constantFrom(
  ': ',
  '- ',
  '&a ',
  '*a',
  '!!str ',
  '!tag ',
  '? ',
  '|',
  '>',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '#',
  '\n',
  '  ',
  '---',
  '...',
  '%YAML 1.2',
  '__proto__: ',
  '<<: *a',
  '\t',
);

describe('YAML import, property-based', () => {
  it('any text: a project or a clear refusal, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(yamlPiece, fc.string({ maxLength: 6 })), { maxLength: 30 }),
        (pieces) => importOrRefuse(pieces.join('')),
      ),
      { numRuns: 1_500 },
    );
  });

  it('an export damaged line by line: a project or a clear refusal', () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('remove', 'duplicate', 'replace', 'cut'),
      with: fc.oneof(yamlPiece, fc.string({ maxLength: 20 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const lines = [...exported];
        for (const change of edits) {
          const at = change.at % lines.length;
          if (change.kind === 'remove') lines.splice(at, 1);
          else if (change.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else if (change.kind === 'replace') lines[at] = change.with;
          else lines[at] = (lines[at] ?? '').slice(0, change.at % 40);
        }
        importOrRefuse(lines.join('\n'));
      }),
      { numRuns: 600 },
    );
  });

  it('the YAML reader itself answers any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(typeof parseYamlSafely(text).ok).toBe('boolean');
      }),
      { numRuns: 1_500 },
    );
  });
});
