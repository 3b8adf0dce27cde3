import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { dirname } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { describeFileSystemError } from './describe-file-system-error';
import { temporaryFileFor } from './temporary-file-name';

/** The few file-system calls an atomic save needs; tests swap in a faulty one to reach rare paths. */
export type AtomicWriteFs = Pick<
  typeof fs,
  'open' | 'rename' | 'unlink' | 'link' | 'copyFile' | 'stat' | 'readFile' | 'realpath'
>;

export interface WriteFileAtomicOptions {
  /** Keep the file being replaced as `<path>.bak`. */
  keepBackup?: boolean;
  /** When false, an existing file, even one created meanwhile, is never replaced. */
  overwrite?: boolean;
  /** Permissions of a new file (a replaced file keeps its own): 0o600 for a secret. */
  mode?: number;
  fileSystem?: AtomicWriteFs;
}

/**
 * Replaces `path` with `data` so that, whatever happens, the file on disk is either the old one
 * byte for byte or the new one complete: write a temporary file beside it, check every byte
 * landed, fsync it, keep the old file as .bak, rename over, fsync the folder.
 * Popular helpers were seen renaming a truncated file over the original on a full disk, hence
 * the explicit checks.
 */
export async function writeFileAtomic(
  requestedPath: string,
  data: Uint8Array,
  {
    keepBackup = true,
    overwrite = true,
    mode: newFileMode = 0o644,
    fileSystem = fs,
  }: WriteFileAtomicOptions = {},
): Promise<void> {
  // Saving through a symbolic link updates the file it points to and keeps the link.
  const path = await fileSystem.realpath(requestedPath).catch(() => requestedPath);
  const folder = dirname(path);
  const temporary = temporaryFileFor(path);
  try {
    const mode = await existingMode(fileSystem, path, requestedPath);
    if (mode !== undefined && !overwrite) throw fileExistsError(requestedPath);
    await writeCompletely(fileSystem, temporary, data, mode ?? newFileMode);
    await verifyContent(fileSystem, temporary, data);
    if (overwrite) {
      if (keepBackup && mode !== undefined) await replaceBackup(fileSystem, path);
      await fileSystem.rename(temporary, path);
    } else {
      await publishWithoutReplacing(fileSystem, temporary, path, requestedPath);
    }
  } catch (error) {
    await fileSystem.unlink(temporary).catch(() => undefined);
    if (error instanceof CharterError) throw error;
    throw new CharterError(
      'save-failed',
      `Could not save ${requestedPath}: ${describeFileSystemError(error)} The file on disk was not changed.`,
      { path: requestedPath },
    );
  }
  await syncFolder(fileSystem, folder);
}

/** The error a caller turns into "confirm to replace" (UI) or "add --force" (CLI). */
export function fileExistsError(path: string): CharterError {
  return new CharterError(
    'invalid-input',
    `${path} already exists. Confirm to replace it, or choose another name.`,
    {
      reason: 'exists',
      path,
    },
  );
}

/** A folder is never replaced by a file: asking to would promise what the rename cannot do. */
export function folderInTheWayError(path: string): CharterError {
  return new CharterError(
    'invalid-input',
    `${path} is a folder. Give the path of a file, in that folder or beside it.`,
    { reason: 'is-folder', path },
  );
}

export function isFileExistsError(error: unknown): error is CharterError {
  return error instanceof CharterError && error.details.reason === 'exists';
}

/** A hard link fails if the name was taken meanwhile, where a rename would silently replace it. */
async function publishWithoutReplacing(
  fileSystem: AtomicWriteFs,
  temporary: string,
  path: string,
  requestedPath: string,
): Promise<void> {
  try {
    await fileSystem.link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExistsError(requestedPath);
    // File systems without hard links: the check above is all we can do.
    await fileSystem.rename(temporary, path);
    return;
  }
  await fileSystem.unlink(temporary);
}

/** The permissions of the file at `path`, undefined if there is none; a folder is refused. */
async function existingMode(
  fileSystem: AtomicWriteFs,
  path: string,
  requestedPath: string,
): Promise<number | undefined> {
  let stats;
  try {
    stats = await fileSystem.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isDirectory()) throw folderInTheWayError(requestedPath);
  return stats.mode & 0o777;
}

async function writeCompletely(
  fileSystem: AtomicWriteFs,
  path: string,
  data: Uint8Array,
  mode: number,
): Promise<void> {
  const handle = await fileSystem.open(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    mode,
  );
  try {
    let written = 0;
    while (written < data.length) {
      const { bytesWritten } = await handle.write(data, written, data.length - written);
      // A write that makes no progress would loop forever: treat it as a full disk.
      if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
      written += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function verifyContent(
  fileSystem: AtomicWriteFs,
  path: string,
  data: Uint8Array,
): Promise<void> {
  const onDisk = await fileSystem.readFile(path);
  if (onDisk.length !== data.length || !Buffer.from(data).equals(onDisk)) {
    throw Object.assign(new Error(`wrote ${onDisk.length} of ${data.length} bytes`), {
      code: 'EIO',
    });
  }
}

/** A hard link keeps the old bytes at no disk cost; copy where the file system has no links. */
async function replaceBackup(fileSystem: AtomicWriteFs, path: string): Promise<void> {
  const backup = `${path}.bak`;
  const pending = temporaryFileFor(path, 'backup');
  try {
    await fileSystem.link(path, pending);
  } catch {
    await fileSystem.copyFile(path, pending, constants.COPYFILE_EXCL);
  }
  try {
    await fileSystem.rename(pending, backup);
  } catch (error) {
    await fileSystem.unlink(pending).catch(() => undefined);
    throw error;
  }
}

/**
 * Makes the rename itself durable. Some platforms cannot open or sync a folder; that is not an
 * error: the new file is complete and in place by now, so reporting a failure would be false.
 */
async function syncFolder(fileSystem: AtomicWriteFs, folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fileSystem.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse folder fsync.
  } finally {
    await handle?.close();
  }
}
