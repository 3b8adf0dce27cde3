import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleProject } from '../export/sample-project.fixture';
import { diffProject } from '../recovery/project-patch';
import type { Project } from '../model/project';
import { createRecoveryStore } from '../recovery/recovery-store';
import { createUserDataStore } from '../settings/user-data-store';
import { createFileKeyVault } from '../signoff/file-key-vault';
import type { FileIdentity } from '../model/file-identity';
import { createProjectLocks } from '../store/project-lock';
import type { ApiResult, ResponseOf } from './contract';
import { createHandlers } from './create-handlers';
import { dispatch } from './dispatch';

const DRAFT = '0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b';
let folder: string;
let path: string;
let call: (operation: string, payload?: unknown) => Promise<ApiResult<unknown>>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-safety-'));
  path = join(folder, 'charte.charter');
  const data = join(folder, 'data');
  const handlers = createHandlers({
    host: { kind: 'web', appVersion: 'test' },
    templatesDir: folder,
    userData: createUserDataStore(data),
    keyVault: createFileKeyVault(data),
    recovery: createRecoveryStore(data),
    locks: createProjectLocks(),
    pdfPrinter: { print: () => Promise.reject(new Error('no PDF here')) },
  });
  call = (operation, payload) => dispatch(handlers, operation, payload);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function value<K extends 'project.open' | 'project.save' | 'recovery.save'>(
  operation: K,
  payload: unknown,
): Promise<ResponseOf<K>> {
  const result = await call(operation, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ResponseOf<K>;
}

const project: Project = createSampleProject();
const edited: Project = { ...project, meta: { ...project.meta, title: 'Version modifiée' } };

describe('saving through the API while another program edits the file', () => {
  it('refuses with a conflict the UI can recognise, and writes nothing', async () => {
    await value('project.save', { path, project });
    const { identity } = await value('project.open', { path });
    await writeFile(path, 'their work');
    const result = await call('project.save', {
      path,
      project: edited,
      overwrite: true,
      expectedIdentity: identity,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'changed-on-disk', path } },
    });
    expect(await readdir(folder)).not.toContain('charte.charter.bak');
  });

  it('saves one after the other with the identity each save returns', async () => {
    let identity: FileIdentity = (await value('project.save', { path, project })).identity;
    for (const title of ['un', 'deux', 'trois']) {
      const next = { ...project, meta: { ...project.meta, title } };
      const saved = await value('project.save', {
        path,
        project: next,
        overwrite: true,
        expectedIdentity: identity,
      });
      identity = saved.identity;
    }
    expect((await value('project.open', { path })).project.meta.title).toBe('trois');
  });
});

describe('recovered work offered on opening', () => {
  it('offers the backup of unsaved work on the file being opened', async () => {
    await value('project.save', { path, project });
    const backup = await value('recovery.save', {
      path,
      draftId: DRAFT,
      project: edited,
      baseIdentity: null,
    });
    const opened = await value('project.open', { path });
    expect(opened.recovery).toEqual(backup);
    expect(opened.project.meta.title).toBe(project.meta.title);
  });

  it('discards, without asking, a backup that holds nothing the file does not', async () => {
    const { project: saved } = await value('project.save', { path, project });
    await value('recovery.save', { path, draftId: DRAFT, project: saved, baseIdentity: null });
    expect((await value('project.open', { path })).recovery).toBeNull();
    expect(await call('recovery.list', {})).toEqual({ ok: true, value: [] });
  });

  it('keeps the file it opens, so that the first backup of its edits is only the changes', async () => {
    await value('project.save', { path, project });
    const opened = await value('project.open', { path });
    const backup = await value('recovery.save', {
      path,
      draftId: DRAFT,
      baseIdentity: opened.identity,
      base: opened.backupBase,
      changes: diffProject(opened.project, edited),
      token: '3c9a7f20-6d1e-4b8a-9f3c-2e5d7a1b4c6e',
    });
    const read = await call('recovery.read', { id: backup.id });
    expect(read).toMatchObject({
      ok: true,
      value: { project: { meta: { title: 'Version modifiée' } } },
    });
  });

  it('refuses a recovery id that could name a file outside its folder', async () => {
    const result = await call('recovery.read', { id: '../settings' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
