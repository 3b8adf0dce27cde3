import type { RecoveryId } from '../../../src/recovery/recovery-entry';
import type { ResponseOf } from '../../../src/api/contract';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';

type OpenedFile = ResponseOf<'project.open'>;

/**
 * The backup `id` as unsaved work over its file. `file`, when given, is that file just opened.
 * Saves compare with the file as it was when the work began, so restored work saved over a file
 * changed since still asks first. A file gone or unreadable leaves the work as a new charter.
 */
export async function restoreBackup(id: RecoveryId, file?: OpenedFile): Promise<OpenedDocument> {
  const backup = await api.call('recovery.read', { id });
  const restored = { project: backup.project, from: id };
  const onDisk =
    file ??
    (backup.path ? await api.call('project.open', { path: backup.path }).catch(() => null) : null);
  if (!onDisk) return { project: backup.project, path: null, identity: null, restored };
  return {
    project: onDisk.project,
    path: onDisk.path,
    identity: backup.baseIdentity ?? onDisk.identity,
    restored,
    backupBase: onDisk.backupBase,
  };
}
