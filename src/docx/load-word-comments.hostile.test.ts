import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { loadWordComments } from './load-word-comments';
import { HOSTILE_DOCX } from './test-support/hostile-docx';

/**
 * The hostile Word documents, each read from disk as the app and the CLI read them: a
 * CharterError that says what to do, the file as it was, and no hang (the timeout is a hang
 * guard, not a measure).
 */
const HANG_GUARD = 30_000;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-hostile-docx-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('importing comments from a hostile Word document', () => {
  it.each(HOSTILE_DOCX)(
    'refuses $name, saying what to do',
    async ({ bytes, says }) => {
      const path = join(folder, 'relu.docx');
      const written = bytes();
      await writeFile(path, written);
      const error = await loadWordComments(path).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CharterError);
      expect((error as CharterError).code).toBe('invalid-file');
      expect((error as CharterError).message).toMatch(/^relu\.docx/);
      expect((error as CharterError).message).toMatch(says);
      expect((await readFile(path)).equals(written)).toBe(true);
    },
    HANG_GUARD,
  );
});
