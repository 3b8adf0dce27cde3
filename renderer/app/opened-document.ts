import type { FileIdentity } from '../../src/model/file-identity';
import type { Project } from '../../src/model/project';
import type { BackupToken, RecoveryId } from '../../src/recovery/recovery-entry';

/** What the editor starts from: a file as read from disk, or a new charter, maybe with restored work. */
export interface OpenedDocument {
  /** The project as on disk, or as just created. */
  project: Project;
  /** Null until first saved. */
  path: string | null;
  /** The file as read, for the first save to notice another program's changes. */
  identity: FileIdentity | null;
  /** Unsaved work restored from a backup, shown over `project` as unsaved changes. */
  restored: { project: Project; from: RecoveryId } | null;
  /** The host keeps `project` as read under this name: backups of its edits send only changes. */
  backupBase?: BackupToken;
}

export function newDocument(project: Project): OpenedDocument {
  return { project, path: null, identity: null, restored: null };
}
