import { dirname } from './file-path';

const STORAGE_KEY = 'charter.lastFolder';

/** The folder the user last opened or saved in, to prefill the next path they type. */
export function lastFolder(): string {
  return localStorage.getItem(STORAGE_KEY) ?? '';
}

export function rememberFolderOf(path: string): void {
  const folder = dirname(path);
  if (folder) localStorage.setItem(STORAGE_KEY, folder);
}
