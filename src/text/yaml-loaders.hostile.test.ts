import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../cli/test-support/run-cli-in';
import { CharterError } from '../errors/charter-error';
import { importYaml } from '../export/yaml-import';
import { parseTrustedKeys } from '../signoff/trusted-keys';
import { verifyExport } from '../signoff/verify-export';
import { loadTemplate } from '../template/load-template';
import {
  fixtureFiles,
  removeTemplateFolder,
  writeTemplateFolder,
} from '../template/template-fixture';
import { HOSTILE_YAML, PROTOTYPE_KEYS_YAML } from './test-support/hostile-yaml';

/**
 * Every way YAML enters the app — an imported export, a verified export, trusted keys, a
 * template, a CLI answers file — meets the hostile corpus: each input is refused with a
 * CharterError that says what to do, the file it came from is left as it was, and nothing hangs
 * (the timeout is a hang guard, not a measure).
 */
const HANG_GUARD = 30_000;

function refusal(run: () => unknown): CharterError {
  try {
    run();
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

let folder: string;
beforeAll(async () => {
  folder = await writeTemplateFolder(fixtureFiles(), 'mini');
});
afterAll(async () => {
  await removeTemplateFolder(folder);
});

describe.each(HOSTILE_YAML)('$name', ({ text, says }) => {
  it(
    'is refused as an import, a verification and a list of trusted keys',
    () => {
      const imported = refusal(() => importYaml(text, { now: '2026-01-01T00:00:00.000Z' }));
      expect(imported.code).toBe('invalid-file');
      expect(imported.message).toMatch(/^This file is not valid YAML: .+\. Check that it is/s);
      expect(imported.message).toMatch(says);
      expect(refusal(() => verifyExport(text)).code).toBe('invalid-file');
      expect(refusal(() => parseTrustedKeys(text, 'keys.yaml')).message).toMatch(says);
    },
    HANG_GUARD,
  );

  it(
    'is refused as a template file and as answers, the files left as they were',
    async () => {
      const templateFile = join(folder, 'mini', 'en.yaml');
      const original = await readFile(templateFile);
      await writeFile(templateFile, text);
      try {
        const error = await loadTemplate(folder, 'mini').catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(CharterError);
        expect((error as CharterError).code).toBe('template-invalid');
        expect((error as CharterError).message).toMatch(/en\.yaml.*not valid YAML/s);
        expect(await readFile(templateFile, 'utf8')).toBe(text);
      } finally {
        await writeFile(templateFile, original);
      }

      const answersFile = join(folder, 'answers.yaml');
      await writeFile(answersFile, text);
      const run = await runCliIn(
        folder,
        'new',
        '--template',
        'mini',
        '--answers',
        'answers.yaml',
        '-o',
        'a.charter',
      );
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/Could not read answers from .*answers\.yaml: .+YAML map/s);
      expect(await readFile(answersFile, 'utf8')).toBe(text);
    },
    HANG_GUARD,
  );
});

describe('__proto__ and constructor keys', () => {
  it('pollute nothing, wherever they come in', async () => {
    expect(() => importYaml(PROTOTYPE_KEYS_YAML, { now: '2026-01-01T00:00:00.000Z' })).toThrow(
      CharterError,
    );
    expect(() => parseTrustedKeys(PROTOTYPE_KEYS_YAML, 'keys.yaml')).toThrow(CharterError);
    await writeFile(join(folder, 'proto.yaml'), PROTOTYPE_KEYS_YAML);
    await runCliIn(
      folder,
      'new',
      '--template',
      'mini',
      '--answers',
      'proto.yaml',
      '-o',
      'p.charter',
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
