import fc from 'fast-check';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { damagedLines, lineEdits } from '../text/test-support/damaged-lines';
import { loadTemplate } from './load-template';

/**
 * The shipped social-media template with one of its files damaged line by line: it loads, or it
 * is refused as template-invalid naming a file of the template; never another failure.
 */
const FILES = ['template.yaml', 'fr.yaml', 'en.yaml'] as const;
const shipped = fileURLToPath(new URL('../../templates', import.meta.url));

let templatesDir: string;
const original = new Map<string, string>();
beforeAll(async () => {
  templatesDir = await mkdtemp(join(tmpdir(), 'charter-template-fuzz-'));
  await cp(join(shipped, 'social-media'), join(templatesDir, 'social-media'), { recursive: true });
  for (const file of FILES)
    original.set(file, await readFile(join(templatesDir, 'social-media', file), 'utf8'));
});
afterAll(async () => {
  await rm(templatesDir, { recursive: true, force: true });
});

describe('template loading, property-based', () => {
  it('a template file damaged line by line: a template or a refusal naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), lineEdits, async (file, edits) => {
        const path = join(templatesDir, 'social-media', file);
        await writeFile(path, damagedLines(original.get(file) ?? '', edits));
        try {
          await loadTemplate(templatesDir, 'social-media');
        } catch (error) {
          if (!(error instanceof CharterError)) throw error;
          expect(error.code).toBe('template-invalid');
          expect(error.message).toMatch(/social-media.*\.yaml/s);
        } finally {
          await writeFile(path, original.get(file) ?? '');
        }
      }),
      { numRuns: 200 },
    );
  });
});
