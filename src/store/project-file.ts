import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { describeFileSystemError } from './describe-file-system-error';
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

/** Opening a file also clears what a save of it killed mid-way left beside it. */
export async function loadProject(path: string): Promise<Project> {
  await removeStaleTemporaryFiles(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'there is no such file. Check the name or pick it from the recent files.'
        : describeFileSystemError(error);
    throw new CharterError('not-found', `Could not open ${path}: ${reason}`, { path });
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
