import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { createSampleProject } from '../export/sample-project.fixture';
import { PROJECT_SCHEMA_VERSION } from '../model/project';
import { loadProject, serializeProject } from './project-file';

/**
 * Hostile and broken project files, each opened from disk: a CharterError that says what to do,
 * the file byte for byte as it was, and no hang (the timeout is a hang guard, not a measure).
 */
const HANG_GUARD = 20_000;
const sample = serializeProject(createSampleProject());

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes `content` as a .charter file, opens it, and checks the file was left alone. */
async function open(name: string, content: string | Buffer): Promise<CharterError | 'opened'> {
  const path = join(folder, name);
  await writeFile(path, content);
  const before = await readFile(path);
  try {
    await loadProject(path);
    return 'opened';
  } catch (error) {
    if (!(error instanceof CharterError)) throw error;
    return error;
  } finally {
    expect((await readFile(path)).equals(before), `${name} was changed`).toBe(true);
  }
}

/** The sample project's file with the value at `path` set (any JSON: the point is to break it). */
function withSample(path: ReadonlyArray<string | number>, value: unknown): string {
  const raw = JSON.parse(sample) as Record<string | number, unknown>;
  let target = raw;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) ?? ''] = value;
  return JSON.stringify(raw);
}

const REFUSED: ReadonlyArray<{ name: string; content: () => string | Buffer; says: RegExp }> = [
  { name: 'empty', content: () => '', says: /not valid JSON.*backup/s },
  { name: 'truncated', content: () => sample.slice(0, sample.length / 2), says: /not valid JSON/ },
  { name: 'random bytes', content: () => randomBytes(4096), says: /not UTF-8 text|not valid JSON/ },
  {
    name: 'a PNG picture',
    content: () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    says: /not UTF-8|JSON/,
  },
  { name: 'a JSON list', content: () => '[1, 2, 3]', says: /schemaVersion is missing/ },
  { name: 'JSON null', content: () => 'null', says: /schemaVersion is missing/ },
  {
    name: 'a newer schemaVersion',
    content: () => withSample(['schemaVersion'], PROJECT_SCHEMA_VERSION + 1),
    says: /newer Charter Studio.*Update the app/,
  },
  {
    name: 'wrong types',
    content: () => withSample(['sections'], { not: 'a list' }),
    says: /is damaged: sections: .*Correct that field/s,
  },
  {
    name: 'a text where a number goes',
    content: () => withSample(['signOff', 'versionsBefore'], '2'),
    says: /signOff\.versionsBefore/,
  },
  {
    name: 'an unknown field',
    content: () => withSample(['sections', 0, 'clauses', 0, 'script'], '<img onerror>'),
    says: /does not know \(sections\[0\]\.clauses\[0\]\.script\).*update the app/s,
  },
  {
    name: 'a __proto__ key',
    content: () => sample.replace('"meta": {', '"meta": { "__proto__": { "polluted": true },'),
    says: /does not know \(meta\.__proto__\)/,
  },
  {
    name: 'nesting 100,000 lists deep',
    content: () =>
      withSample(['answers'], { deep: 1 }).replace(
        '"deep":1',
        `"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    says: /nested more than 128 levels/,
  },
  {
    name: 'an unknown node in a clause',
    content: () =>
      withSample(['sections', 0, 'clauses', 0, 'body', 'content', 0], {
        type: 'iframe',
        attrs: { src: 'x' },
      }),
    says: /sections\[0\]\.clauses\[0\]\.body\.content/,
  },
];

describe('opening a hostile or broken project file', () => {
  it.each(REFUSED)(
    'refuses $name, saying what to do',
    async ({ name, content, says }) => {
      const result = await open(`${name}.charter`, content());
      expect(result).toBeInstanceOf(CharterError);
      const error = result as CharterError;
      expect(error.code).toBe('invalid-file');
      expect(error.message).toMatch(says);
    },
    HANG_GUARD,
  );

  it(
    'refuses a 50 MB file without reading it',
    async () => {
      const path = join(folder, 'huge.charter');
      await writeFile(path, sample);
      await truncate(path, 50 * 1024 * 1024);
      const error = await loadProject(path).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CharterError);
      expect((error as CharterError).message).toMatch(/larger than 16 MB.*right file/s);
    },
    HANG_GUARD,
  );

  it(
    'opens huge strings within the size limit, whole',
    async () => {
      const title = 'é'.repeat(4 * 1024 * 1024);
      const result = await open('long-title.charter', withSample(['meta', 'title'], title));
      expect(result).toBe('opened');
      expect((await loadProject(join(folder, 'long-title.charter'))).meta.title).toBe(title);
    },
    HANG_GUARD,
  );

  it('opens a file that starts with a byte-order mark', async () => {
    expect(await open('bom.charter', `\uFEFF${sample}`)).toBe('opened');
  });
});
