import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleProject } from '../export/sample-project.fixture';
import { diffProject } from './project-patch';
import { createRecoveryStore, recoveryIdFor, type RecoveryStore } from './recovery-store';

const DRAFT = '0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b';
let folder: string;
let clock: Date;
let store: RecoveryStore;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-recovery-'));
  clock = new Date('2026-11-21T10:00:00.000Z');
  store = createRecoveryStore(folder, () => clock);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const project = createSampleProject();
const userFile = () => join(folder, 'work', 'charte.charter');

describe('the recovery store', () => {
  it('keeps unsaved work in its own folder, readable by the user alone', async () => {
    const summary = await store.save({
      path: userFile(),
      draftId: DRAFT,
      project,
      baseIdentity: null,
    });
    expect(summary).toEqual({
      id: recoveryIdFor(userFile(), DRAFT),
      path: userFile(),
      title: project.meta.title,
      savedAt: clock.toISOString(),
    });
    expect(await readdir(folder)).toEqual(['recovery']);
    const [file] = await readdir(join(folder, 'recovery'));
    expect((await stat(join(folder, 'recovery', file ?? ''))).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'recovery'))).mode & 0o777).toBe(0o700);
    expect((await store.read(summary.id)).project).toEqual(project);
  });

  it('finds the backup of a file by its path, whatever draft it started as', async () => {
    await store.save({ path: userFile(), draftId: DRAFT, project, baseIdentity: null });
    expect((await store.findFor(userFile()))?.path).toBe(userFile());
    expect(await store.findFor(join(folder, 'other.charter'))).toBeNull();
  });

  it('replaces a document’s backup with its newer one, and lists the newest first', async () => {
    await store.save({ path: null, draftId: DRAFT, project, baseIdentity: null });
    clock = new Date('2026-11-21T10:05:00.000Z');
    const edited = { ...project, meta: { ...project.meta, title: 'Plus récent' } };
    await store.save({ path: userFile(), draftId: DRAFT, project: edited, baseIdentity: null });
    await store.save({ path: userFile(), draftId: DRAFT, project: edited, baseIdentity: null });
    const listed = await store.list();
    expect(listed.map(({ title, path }) => ({ title, path }))).toEqual([
      { title: 'Plus récent', path: userFile() },
      { title: project.meta.title, path: null },
    ]);
  });

  it('forgets a discarded backup, twice without complaint', async () => {
    const { id } = await store.save({ path: null, draftId: DRAFT, project, baseIdentity: null });
    await store.discard(id);
    await store.discard(id);
    expect(await store.list()).toEqual([]);
    await expect(store.read(id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('skips damaged backups in the list and says what to do when one is opened', async () => {
    const { id } = await store.save({ path: null, draftId: DRAFT, project, baseIdentity: null });
    await writeFile(join(folder, 'recovery', `${id}.json`), '{"path": null, "savedAt"');
    await writeFile(join(folder, 'recovery', 'notes.json'), '{}');
    expect(await store.list()).toEqual([]);
    await expect(store.read(id)).rejects.toThrow(/cannot be read.*Discard it/);
  });

  describe('backups sent as the changes since the last', () => {
    const FIRST = '11111111-1111-4111-8111-111111111111';
    const SECOND = '22222222-2222-4222-8222-222222222222';
    const retitled = (title: string) => ({ ...project, meta: { ...project.meta, title } });
    const saveFirst = () =>
      store.save({ path: null, draftId: DRAFT, project, baseIdentity: null, token: FIRST });
    const changesTo = (next: typeof project, base = FIRST, from = project) => ({
      path: null,
      draftId: DRAFT,
      baseIdentity: null,
      base,
      changes: diffProject(from, next),
      token: SECOND,
    });

    it('apply the changes to the latest backup and write the whole project', async () => {
      await saveFirst();
      const { id } = await store.saveChanges(changesTo(retitled('Modifiée')));
      expect((await store.read(id)).project).toEqual(retitled('Modifiée'));
      // The backup just written is the base of the next.
      const third = {
        ...changesTo(retitled('Encore'), SECOND, retitled('Modifiée')),
        token: FIRST,
      };
      await store.saveChanges(third);
      expect((await store.read(id)).project.meta.title).toBe('Encore');
    });

    it('are refused, the backup unchanged, when their base is not the latest here', async () => {
      const { id } = await saveFirst();
      const restarted = createRecoveryStore(folder, () => clock);
      await expect(restarted.saveChanges(changesTo(retitled('X')))).rejects.toMatchObject({
        code: 'not-found',
      });
      await expect(store.saveChanges(changesTo(retitled('X'), SECOND))).rejects.toMatchObject({
        code: 'not-found',
      });
      expect(await store.list()).toHaveLength(1);
      expect((await store.read(id)).project).toEqual(project);
    });

    it('build on what the editor opened, written nowhere until the first change', async () => {
      store.keep({ path: null, draftId: DRAFT, project, token: FIRST });
      expect(await store.list()).toEqual([]);
      const { id } = await store.saveChanges(changesTo(retitled('Modifiée')));
      expect((await store.read(id)).project).toEqual(retitled('Modifiée'));
    });

    it('after a save, build on the backup before it: the file goes, its content stays here', async () => {
      const { id } = await saveFirst();
      await store.discard(id);
      expect(await store.list()).toEqual([]);
      await store.saveChanges(changesTo(retitled('Après')));
      expect((await store.read(id)).project.meta.title).toBe('Après');
    });

    it('are refused when they would make an invalid charter, the backup unchanged', async () => {
      const { id } = await saveFirst();
      const broken = changesTo(project);
      broken.changes.fields = { meta: { title: '' } };
      await expect(store.saveChanges(broken)).rejects.toMatchObject({ code: 'invalid-input' });
      expect((await store.read(id)).project).toEqual(project);
    });
  });

  it('has nothing to offer before the first backup', async () => {
    expect(await store.list()).toEqual([]);
  });
});
