import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { describeFileSystemError } from './describe-file-system-error';
import { exceedsDepth } from './exceeds-depth';
import { findUnknownField } from './find-unknown-field';
import { migrateProject } from './migrate-project';
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

export async function loadProject(path: string): Promise<Project> {
  let bytes: Buffer;
  try {
    // A huge file is refused before it is read.
    if ((await stat(path)).size > PROJECT_FILE_LIMITS.bytes) throw tooLarge(basename(path));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof CharterError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'there is no such file. Check the name or pick it from the recent files.'
        : describeFileSystemError(error);
    throw new CharterError('not-found', `Could not open ${path}: ${reason}`, { path });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CharterError(
      'invalid-file',
      `${basename(path)} is not a Charter Studio project: it is not UTF-8 text. Check that you picked the right file.`,
    );
  }
  return parseProject(text, basename(path));
}

/** Saves atomically, keeping the previous file as .bak; with overwrite false, never replaces one. */
export async function saveProject(
  path: string,
  project: Project,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<void> {
  await writeFileAtomic(path, Buffer.from(serializeProject(project), 'utf8'), { overwrite });
}
