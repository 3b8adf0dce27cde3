import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { loadProject } from './project-file';
import { HOSTILE_CHARTERS, sample, withSample } from './test-support/hostile-charters';

/**
 * Hostile and broken project files, each opened from disk: a CharterError that says what to do,
 * the file byte for byte as it was, and no hang (the timeout is a hang guard, not a measure).
 */
const HANG_GUARD = 20_000;

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

describe('opening a hostile or broken project file', () => {
  it.each(HOSTILE_CHARTERS)(
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
