import { dirname, joinPath } from './file-path';
import { lastFolder } from './last-folder';

/** Beside the project file, else in the last folder used: where HR will look for it. */
export function suggestExportPath(
  projectPath: string | null,
  fileName: string,
  extension: string,
): string {
  return joinPath(projectPath ? dirname(projectPath) : lastFolder(), `${fileName}.${extension}`);
}
