import { unzipSync } from 'fflate';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Project } from '../model/project';
import { signedOffProject } from '../pack/test-support/signed-off-project';
import { createUserDataStore } from '../settings/user-data-store';
import { minimalPdf } from '../export/test-support/minimal-pdf';
import { createFileKeyVault } from '../signoff/file-key-vault';
import { createRecoveryStore } from '../recovery/recovery-store';
import { createProjectLocks } from '../store/project-lock';
import { createHandlers } from './create-handlers';
import { dispatch } from './dispatch';

let folder: string;
let call: (payload: unknown) => ReturnType<typeof dispatch>;
let printed: string[];
const project: Project = signedOffProject();

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-api-pack-'));
  printed = [];
  const handlers = createHandlers({
    host: { kind: 'web', appVersion: 'test' },
    templatesDir: folder,
    userData: createUserDataStore(join(folder, 'data')),
    keyVault: createFileKeyVault(join(folder, 'data')),
    recovery: createRecoveryStore(join(folder, 'data')),
    locks: createProjectLocks(),
    // The host's printer prints the pack's PDF.
    pdfPrinter: {
      print: async (html) => {
        printed.push(html);
        return minimalPdf();
      },
    },
    now: () => new Date('2026-11-21T09:00:00Z'),
  });
  call = (payload) => dispatch(handlers, 'pack.write', payload);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pack.write', () => {
  it('writes the pack of the version asked for, dated by the host’s clock, PDF from its printer', async () => {
    const path = join(folder, 'dossier.zip');
    const result = await call({ project, version: 1, path });
    const bytes = await readFile(path);
    expect(result).toEqual({ ok: true, value: { path, bytes: bytes.length } });
    const files = unzipSync(bytes);
    expect(new TextDecoder().decode(files['charter-v1.pdf'])).toMatch(
      /^%PDF-1\.4\n[\s\S]*\/Subject /,
    );
    // One print measures where the contents' headings land, the other is kept.
    expect(printed).toHaveLength(2);
    expect(parse(new TextDecoder().decode(files['manifest.yaml']))).toMatchObject({
      version: 1,
      fingerprint: project.versions[0]?.fingerprint,
      createdAt: '2026-11-21T09:00:00.000Z',
    });
  });

  it('replaces a file only when told to, and refuses a version that does not exist', async () => {
    const path = join(folder, 'dossier.zip');
    await writeFile(path, 'not mine');
    expect(await call({ project, version: 2, path })).toMatchObject({ ok: false });
    expect(await readFile(path, 'utf8')).toBe('not mine');
    expect(printed).toEqual([]);
    expect(await call({ project, version: 2, path, overwrite: true })).toMatchObject({ ok: true });
    expect(await call({ project, version: 3, path: join(folder, 'v3.zip') })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'Version 3 does not exist: versions are 1, 2.',
        details: {},
      },
    });
  });
});
