import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { Project } from '../model/project';
import { parseYamlSafely } from '../text/parse-yaml-safely';
import { damagedLines, lineEdits, yamlPiece } from '../text/test-support/damaged-lines';
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

const exported = exportYaml(createSampleProject());

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
    fc.assert(
      fc.property(lineEdits, (edits) => importOrRefuse(damagedLines(exported, edits))),
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
