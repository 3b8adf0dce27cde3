import { joinPath, withExtension } from '../files/file-path';
import { lastFolder } from '../files/last-folder';

/** Next to the project file with the format's extension, else in the last folder used. */
export function suggestExportPath(
  projectPath: string | null,
  defaultName: string,
  extension: string,
): string {
  if (projectPath) return withExtension(projectPath, extension);
  return joinPath(lastFolder(), `${defaultName}.${extension}`);
}
