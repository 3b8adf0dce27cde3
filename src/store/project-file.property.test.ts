import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { Project } from '../model/project';
import { projectArbitrary } from '../model/test-support/project-arbitrary';
import { loadProject, parseProject, saveProject, serializeProject } from './project-file';

/**
 * Property-based tests of the project file: any project the model accepts reads back equal, and
 * no input whatever makes the loader fail with anything but a CharterError. The run counts add
 * up, with the other loaders' properties, to more than 10,000 cases per run.
 */
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-property-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The outcome of parsing: a project, or the CharterError's code; any other error fails. */
function outcome(text: string): Project | string {
  try {
    return parseProject(text, 'fuzz.charter');
  } catch (error) {
    if (error instanceof CharterError) return error.code;
    throw error;
  }
}

describe('project files, property-based', () => {
  it('load(save(x)) equals x, for any project the model accepts (in memory)', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        expect(Project.parse(project)).toEqual(project);
        expect(parseProject(serializeProject(project), 'x.charter')).toEqual(project);
      }),
      { numRuns: 1_000 },
    );
  });

  it('load(save(x)) equals x through a real file, saved atomically', async () => {
    const path = join(folder, 'round-trip.charter');
    await fc.assert(
      fc.asyncProperty(projectArbitrary, async (project) => {
        await saveProject(path, project);
        expect(await loadProject(path)).toEqual(project);
      }),
      { numRuns: 100 },
    );
  });

  it('any text, or any JSON value, gives a project or a CharterError, never another failure', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: 2, ...(value as object) })),
        ),
        (text) => {
          const result = outcome(text);
          if (typeof result === 'string') expect(result).toBe('invalid-file');
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('a damaged project (truncated, a field removed, retyped or added) is refused or still whole', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('retype' as const), pick: fc.nat(), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key: fc.string() }),
    );
    fc.assert(
      fc.property(projectArbitrary, damage, (project, change) => {
        const text = serializeProject(project);
        if (change.kind === 'truncate') {
          const truncated = text.slice(0, change.at % text.length);
          // Only the final newline gone: still the whole project.
          if (truncated === text.trimEnd()) return;
          expect(outcome(truncated)).toBe('invalid-file');
          return;
        }
        const raw = JSON.parse(text) as unknown;
        const places = objectsIn(raw);
        const target = places[change.pick % places.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        const key = keys[change.pick % Math.max(1, keys.length)];
        if (change.kind === 'add') {
          if (change.key in target) return;
          target[change.key] = 'unknown';
          // Refused, or kept (an answer may have any id): a field is never dropped silently.
          const result = outcome(JSON.stringify(raw));
          if (typeof result === 'string') expect(result).toBe('invalid-file');
          else expect(JSON.parse(serializeProject(result))).toEqual(raw);
          return;
        }
        if (key === undefined) return;
        if (change.kind === 'remove') Reflect.deleteProperty(target, key);
        else target[key] = change.value;
        const result = outcome(JSON.stringify(raw));
        if (typeof result !== 'string') expect(Project.parse(result)).toEqual(result);
      }),
      { numRuns: 1_000 },
    );
  });
});

/** Every object in JSON data, the root first. */
function objectsIn(data: unknown): object[] {
  const found: object[] = [];
  const stack = [data];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next !== 'object' || next === null) continue;
    if (!Array.isArray(next)) found.push(next);
    stack.push(...Object.values(next));
  }
  return found;
}
