import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserDataStore } from './user-data-store';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-user-data-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('user data store', () => {
  it('keeps a setting that a change does not mention', async () => {
    const store = createUserDataStore(folder);
    await store.updateSettings({ uiLanguage: 'en' });
    expect(await store.updateSettings({})).toEqual({ uiLanguage: 'en' });
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8'))).toEqual({
      uiLanguage: 'en',
    });
  });

  it('remembers who the reviewer is', async () => {
    const store = createUserDataStore(folder);
    await store.updateSettings({ reviewer: { name: 'Inès Martin', role: 'legal' } });
    expect(await createUserDataStore(folder).readSettings()).toEqual({
      uiLanguage: 'fr',
      reviewer: { name: 'Inès Martin', role: 'legal' },
    });
  });

  it('falls back to defaults when the settings file is damaged or from elsewhere', async () => {
    await writeFile(join(folder, 'settings.json'), '{"uiLanguage": "de"}');
    expect(await createUserDataStore(folder).readSettings()).toEqual({ uiLanguage: 'fr' });
    await writeFile(join(folder, 'settings.json'), 'not json');
    expect(await createUserDataStore(folder).readSettings()).toEqual({ uiLanguage: 'fr' });
  });

  it('lists recent files newest first, once each, ten at most', async () => {
    const store = createUserDataStore(folder);
    for (let index = 0; index < 12; index += 1) {
      await store.rememberRecentFile({
        path: `/c/${index}.charter`,
        title: `C${index}`,
        openedAt: `2026-11-21T10:${10 + index}:00Z`,
      });
    }
    await store.rememberRecentFile({
      path: '/c/5.charter',
      title: 'C5',
      openedAt: '2026-11-21T11:00:00Z',
    });
    const recent = await store.readRecentFiles();
    expect(recent).toHaveLength(10);
    expect(recent[0]?.path).toBe('/c/5.charter');
    expect(recent.filter((file) => file.path === '/c/5.charter')).toHaveLength(1);
  });
});
