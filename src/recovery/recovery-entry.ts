import { z } from 'zod';
import { Project } from '../model/project';
import { Timestamp } from '../model/timestamp';
import { FileIdentity } from '../model/file-identity';

/** `file-<digest of the path>` for a saved file, `draft-<id>` for one never saved. */
export const RecoveryId = z.string().regex(/^(file|draft)-[0-9a-f-]{8,64}$/, 'not a recovery id');
export type RecoveryId = z.infer<typeof RecoveryId>;

/** What the renderer generates for a document never saved: a UUID. */
export const DraftId = z.string().regex(/^[0-9a-f-]{8,64}$/, 'not a draft id');

/** Names one backup, chosen by its sender (a UUID): the next may send only what changed since. */
export const BackupToken = z.string().regex(/^[0-9a-f-]{8,64}$/, 'not a backup token');
export type BackupToken = z.infer<typeof BackupToken>;

/** What the user is offered: which file (or none yet), its title, when the backup was made. */
export const RecoverySummary = z.object({
  id: RecoveryId,
  path: z.string().nullable(),
  title: z.string(),
  savedAt: Timestamp,
});
export type RecoverySummary = z.infer<typeof RecoverySummary>;

/** A backup of unsaved work, and the file as it was when that work began. */
export const RecoveryEntry = RecoverySummary.extend({
  /** Restored work saved over a file changed meanwhile must ask first, as any other save. */
  baseIdentity: FileIdentity.nullable(),
  project: Project,
});
export type RecoveryEntry = z.infer<typeof RecoveryEntry>;
