import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import type { Project } from '../model/project';
import type { FileIdentity } from '../model/file-identity';
import { writeFileAtomic } from '../store/write-file-atomic';
import { applyProjectPatch, type ProjectPatch } from './project-patch';
import { type BackupToken, RecoveryEntry, RecoveryId, RecoverySummary } from './recovery-entry';

/** Documents whose latest backup is kept in memory, for changes to apply to. */
const KEPT_IN_MEMORY = 16;

export interface UnsavedWork {
  /** The file being edited; null while it was never saved. */
  path: string | null;
  /** Tells apart the never-saved documents of one user. */
  draftId: string;
  project: Project;
  baseIdentity: FileIdentity | null;
  /** Names this backup, so that the next one may be sent as the changes since it. */
  token?: BackupToken;
}

/** Unsaved work given as what changed since the document's backup named `base`. */
export interface UnsavedChanges extends Omit<UnsavedWork, 'project' | 'token'> {
  base: BackupToken;
  changes: ProjectPatch;
  token: BackupToken;
}

/**
 * Backups of unsaved work, one JSON file per document in the app's own folder (never beside the
 * user's file, never over it), readable by the user alone: a charter may hold personal data.
 */
export interface RecoveryStore {
  save(work: UnsavedWork): Promise<RecoverySummary>;
  /**
   * Saves the backup named `base` with `changes` applied. Refused (`not-found`) when `base` is
   * not the document's latest backup in this process, as after a restart: the sender then sends
   * the whole project.
   */
  saveChanges(work: UnsavedChanges): Promise<RecoverySummary>;
  /**
   * Keeps `project` in memory as the document's latest backup, named `token`, without writing
   * it: the file as opened, for the first backup of its edits to be sent as changes.
   */
  keep(work: Pick<UnsavedWork, 'path' | 'draftId' | 'project'> & { token: BackupToken }): void;
  /** Every backup, newest first; unreadable ones are left out, not deleted. */
  list(): Promise<RecoverySummary[]>;
  read(id: RecoveryId): Promise<RecoveryEntry>;
  /** The backup of the file at `path`, if there is one. */
  findFor(path: string): Promise<RecoverySummary | null>;
  /**
   * Deletes the backup's file. What it held stays in memory: a document saved, then edited
   * again, sends its changes since the backup before the save.
   */
  discard(id: RecoveryId): Promise<void>;
}

export function recoveryIdFor(path: string | null, draftId: string): RecoveryId {
  if (path === null) return `draft-${draftId}`;
  return `file-${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32)}`;
}

/** Enough of a backup to offer it, without validating a whole project per line of a list. */
const StoredSummary = z.object({
  path: z.string().nullable(),
  savedAt: z.string(),
  project: z.object({ meta: z.object({ title: z.string() }) }),
});

const StoredEntry = RecoveryEntry.omit({ id: true, title: true });

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Backups live in `recovery/` inside the user's data folder (settings, recent files, key). */
export function createRecoveryStore(
  userDataFolder: string,
  now: () => Date = () => new Date(),
): RecoveryStore {
  const folder = join(userDataFolder, 'recovery');
  const fileOf = (id: RecoveryId) => join(folder, `${id}.json`);
  // The latest backup of each document, kept to apply the next one's changes to.
  const latest = new Map<RecoveryId, { token: BackupToken; project: Project }>();
  const remember = (id: RecoveryId, token: BackupToken | undefined, project: Project) => {
    latest.delete(id);
    if (token === undefined) return;
    latest.set(id, { token, project });
    // A document closed by a crash never discards its backup: keep memory bounded all the same.
    const oldest = latest.keys().next().value;
    if (latest.size > KEPT_IN_MEMORY && oldest !== undefined) latest.delete(oldest);
  };

  async function readSummary(id: RecoveryId): Promise<RecoverySummary | null> {
    try {
      const stored = StoredSummary.parse(JSON.parse(await readFile(fileOf(id), 'utf8')));
      return RecoverySummary.parse({
        id,
        path: stored.path,
        title: stored.project.meta.title,
        savedAt: stored.savedAt,
      });
    } catch {
      return null;
    }
  }

  const store: RecoveryStore = {
    async save({ path, draftId, project, baseIdentity, token }) {
      const id = recoveryIdFor(path, draftId);
      const savedAt = now().toISOString();
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const stored = { path, savedAt, baseIdentity, project };
      await writeFileAtomic(fileOf(id), Buffer.from(JSON.stringify(stored)), {
        keepBackup: false,
        mode: 0o600,
      });
      remember(id, token, project);
      return { id, path, title: project.meta.title, savedAt };
    },
    async saveChanges({ base, changes, ...work }) {
      const kept = latest.get(recoveryIdFor(work.path, work.draftId));
      if (kept?.token !== base) {
        throw new CharterError(
          'not-found',
          'The backup these changes build on is not the latest here: send the whole project.',
        );
      }
      return store.save({ ...work, project: applyProjectPatch(kept.project, changes) });
    },
    keep({ path, draftId, project, token }) {
      remember(recoveryIdFor(path, draftId), token, project);
    },
    async list() {
      const names = await readdir(folder).catch(() => [] as string[]);
      const ids = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter((id) => RecoveryId.safeParse(id).success);
      const summaries = await Promise.all(ids.map(readSummary));
      return summaries
        .filter((summary) => summary !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(id) {
      const text = await readFile(fileOf(id), 'utf8').catch(() => {
        throw new CharterError(
          'not-found',
          'This backup is gone: it was restored or discarded in another window.',
        );
      });
      const stored = parseOrThrow(
        StoredEntry,
        parseJsonOrNull(text),
        'invalid-file',
        (problems) => `The backup cannot be read (${problems}). Discard it.`,
      );
      return { ...stored, id, title: stored.project.meta.title };
    },
    findFor: (path) => readSummary(recoveryIdFor(path, '')),
    async discard(id) {
      await unlink(fileOf(id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
  return store;
}
