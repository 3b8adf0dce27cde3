/**
 * Path arithmetic on strings the core gave us: the renderer has no `path` module and may face
 * POSIX or Windows paths, so it keeps whichever separator the path already uses.
 */

function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function dirname(path: string): string {
  const index = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (index < 0) return '';
  return index === 0 ? path.slice(0, 1) : path.slice(0, index);
}

export function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  const separator = separatorOf(folder);
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}

/** "rapport.charter" → "rapport.pdf"; a name without extension gets one. */
export function withExtension(path: string, extension: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return path.slice(0, path.length - name.length) + `${stem}.${extension}`;
}

export function hasExtension(path: string, extension: string): boolean {
  return basename(path).toLowerCase().endsWith(`.${extension.toLowerCase()}`);
}
