import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { assertUnchangedOnDisk } from './assert-unchanged-on-disk';
import { describeFileSystemError } from './describe-file-system-error';
import type { FileIdentity } from '../model/file-identity';
import { identityOf, readWithIdentity } from './file-identity';
import { migrateProject } from './migrate-project';
import { removeStaleTemporaryFiles } from './remove-stale-temporary-files';
import { writeFileAtomic } from './write-file-atomic';

/** Pretty JSON with a final newline: project files are meant to be diffed and kept in git. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(Project.parse(project), null, 2)}\n`;
}

/** Validates a project file's text; every error names the file, the field and the problem. */
export function parseProject(text: string, fileName: string): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CharterError(
      'invalid-file',
      `${fileName} is not a Charter Studio project: it is not valid JSON (${(error as Error).message}).`,
    );
  }
  const schemaVersion = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion !== 'number') {
    throw new CharterError(
      'invalid-file',
      `${fileName} is not a Charter Studio project: schemaVersion is missing.`,
    );
  }
  if (schemaVersion > PROJECT_SCHEMA_VERSION) {
    throw new CharterError(
      'invalid-file',
      `${fileName} was written by a newer Charter Studio (schemaVersion ${schemaVersion}). Update the app to open it.`,
    );
  }
  return parseOrThrow(
    Project,
    migrateProject(raw as Record<string, unknown>, schemaVersion),
    'invalid-file',
    (problems) => `${fileName} is damaged: ${problems}.`,
    (error) => ({ field: error.issues[0]?.path.join('.') ?? '' }),
  );
}

export interface OpenedProject {
  project: Project;
  /** The file as read, for the next save to notice another program's changes. */
  identity: FileIdentity;
}

/** Opening a file also clears what a save of it killed mid-way left beside it. */
export async function openProject(path: string): Promise<OpenedProject> {
  await removeStaleTemporaryFiles(path);
  const file = await readWithIdentity(path).catch((error: unknown) => {
    throw cannotOpen(path, describeFileSystemError(error));
  });
  if (file === null) {
    throw cannotOpen(
      path,
      'there is no such file. Check the name or pick it from the recent files.',
    );
  }
  return {
    project: parseProject(file.bytes.toString('utf8'), basename(path)),
    identity: file.identity,
  };
}

export async function loadProject(path: string): Promise<Project> {
  return (await openProject(path)).project;
}

function cannotOpen(path: string, reason: string): CharterError {
  return new CharterError('not-found', `Could not open ${path}: ${reason}`, { path });
}

export interface SaveProjectOptions {
  /** When false, never replaces an existing file. */
  overwrite?: boolean;
  /** The file as we last knew it: if another program changed it since, the save is refused. */
  expected?: FileIdentity;
}

/**
 * Saves atomically, keeping the previous file as .bak, and returns the identity of what it wrote.
 */
export async function saveProject(
  path: string,
  project: Project,
  { overwrite = true, expected }: SaveProjectOptions = {},
): Promise<FileIdentity> {
  const bytes = Buffer.from(serializeProject(project), 'utf8');
  if (expected) await assertUnchangedOnDisk(path, expected);
  await writeFileAtomic(path, bytes, { overwrite });
  return identityOf(bytes, (await stat(path)).mtimeMs);
}
