const ADVICE: Record<string, string> = {
  ENOSPC: 'the disk is full. Free some space or save to another disk.',
  EDQUOT: 'your disk quota is used up. Free some space or save to another disk.',
  EROFS: 'the folder is read-only. Save to another folder.',
  EACCES: 'you do not have permission to write there. Save to another folder.',
  EPERM: 'the system refused the operation. Save to another folder.',
  ENOENT: 'the folder does not exist. Choose an existing folder.',
  ENOTDIR: 'part of the path is not a folder. Choose an existing folder.',
  EISDIR: 'that path is a folder. Choose a file name.',
  EIO: 'the data could not be written completely. Check the disk and try again.',
};

/** As describeFileSystemError, for a file being read: a missing one is the file, not its folder. */
export function describeReadError(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
    ? 'there is no such file. Check the name.'
    : describeFileSystemError(error);
}

/** Turns a Node file-system error into a sentence that says what to do. */
export function describeFileSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ADVICE[code]) return `${ADVICE[code]} (${code})`;
  return `${error instanceof Error ? error.message : String(error)}.`;
}
