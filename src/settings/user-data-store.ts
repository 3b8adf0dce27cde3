import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RecentFile, Settings, type SettingsPatch } from './settings';
import { writeFileAtomic } from '../store/write-file-atomic';

const MAX_RECENT_FILES = 10;
const RecentFiles = z.array(RecentFile);

/** The user's settings and recent files, one small JSON file each in the user's data folder. */
export interface UserDataStore {
  readSettings(): Promise<Settings>;
  updateSettings(changes: SettingsPatch): Promise<Settings>;
  readRecentFiles(): Promise<RecentFile[]>;
  rememberRecentFile(entry: RecentFile): Promise<void>;
}

export function createUserDataStore(folder: string): UserDataStore {
  const settingsPath = join(folder, 'settings.json');
  const recentPath = join(folder, 'recent-files.json');

  async function write(path: string, value: unknown): Promise<void> {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(path, Buffer.from(`${JSON.stringify(value, null, 2)}\n`), {
      keepBackup: false,
    });
  }

  return {
    readSettings: async () => {
      const parsed = Settings.safeParse(await readJsonOr(settingsPath, {}));
      return parsed.success ? parsed.data : Settings.parse({});
    },
    async updateSettings(changes) {
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      );
      const settings = Settings.parse({ ...(await this.readSettings()), ...defined });
      await write(settingsPath, settings);
      return settings;
    },
    readRecentFiles: async () => {
      const parsed = RecentFiles.safeParse(await readJsonOr(recentPath, []));
      return parsed.success ? parsed.data : [];
    },
    async rememberRecentFile(entry) {
      const others = (await this.readRecentFiles()).filter((file) => file.path !== entry.path);
      await write(recentPath, [entry, ...others].slice(0, MAX_RECENT_FILES));
    },
  };
}

/** A missing or unreadable settings file must never stop the app: fall back to defaults. */
async function readJsonOr(path: string, fallback: unknown): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return fallback;
  }
}
