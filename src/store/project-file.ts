import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { assertUnchangedOnDisk } from './assert-unchanged-on-disk';
import { describeFileSystemError } from './describe-file-system-error';
import type { FileIdentity } from '../model/file-identity';
import { exceedsDepth } from './exceeds-depth';
import { identityOf, readWithIdentity } from './file-identity';
import { findUnknownField } from './find-unknown-field';
import { migrateProject } from './migrate-project';
import { removeStaleTemporaryFiles } from './remove-stale-temporary-files';
import { writeFileAtomic } from './write-file-atomic';

/** Pretty JSON with a final newline: project files are meant to be diffed and kept in git. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(Project.parse(project), null, 2)}\n`;
}

/**
 * Far beyond any charter (a year of versions weighs a few megabytes), far below what would hurt;
 * the web host takes requests of this size too. Nesting allows lists some thirty levels deep.
 */
export const PROJECT_FILE_LIMITS = { bytes: 16 * 1024 * 1024, depth: 128 } as const;

/** Validates a project file's text; every error names the file, the field and the problem. */
export function parseProject(text: string, fileName: string): Project {
  if (text.length > PROJECT_FILE_LIMITS.bytes) throw tooLarge(fileName);
  let raw: unknown;
  try {
    // Some editors start UTF-8 files with a byte-order mark, which JSON does not allow.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CharterError(
      'invalid-file',
      `${fileName} is not a Charter Studio project: it is not valid JSON (${(error as Error).message}). If it was one, it is damaged: open its backup ${fileName}.bak instead, if there is one.`,
    );
  }
  if (exceedsDepth(raw, PROJECT_FILE_LIMITS.depth)) {
    throw new CharterError(
      'invalid-file',
      `${fileName} is not a Charter Studio project: its data is nested more than ${PROJECT_FILE_LIMITS.depth} levels deep, which no charter is.`,
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
  const migrated = migrateProject(raw as Record<string, unknown>, schemaVersion);
  const project = parseOrThrow(
    Project,
    migrated,
    'invalid-file',
    (problems) =>
      `${fileName} is damaged: ${problems}. Correct that field, or open its backup ${fileName}.bak if there is one.`,
    (error) => ({ field: error.issues[0]?.path.join('.') ?? '' }),
  );
  const unknown = findUnknownField(migrated, project);
  if (unknown !== null) {
    // Opening it anyway would drop the field at the next save.
    throw new CharterError(
      'invalid-file',
      `${fileName} has a field this version of Charter Studio does not know (${unknown}), so saving it would lose what it holds. If a newer Charter Studio wrote it, update the app to open it; otherwise remove that field.`,
      { field: unknown },
    );
  }
  return project;
}

function tooLarge(fileName: string): CharterError {
  return new CharterError(
    'invalid-file',
    `${fileName} is larger than ${PROJECT_FILE_LIMITS.bytes / 1024 / 1024} MB, far beyond any charter: it is not a Charter Studio project. Check that you picked the right file.`,
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
  // A huge file is refused before it is read; a stat that fails is reported by the read below.
  const size = await stat(path).then(
    (stats) => stats.size,
    () => 0,
  );
  if (size > PROJECT_FILE_LIMITS.bytes) throw tooLarge(basename(path));
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
    project: parseProject(decodeUtf8(file.bytes, basename(path)), basename(path)),
    identity: file.identity,
  };
}

export async function loadProject(path: string): Promise<Project> {
  return (await openProject(path)).project;
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CharterError(
      'invalid-file',
      `${fileName} is not a Charter Studio project: it is not UTF-8 text. Check that you picked the right file.`,
    );
  }
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
