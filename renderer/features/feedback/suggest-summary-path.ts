import { dirname, joinPath } from '../files/file-path';
import { lastFolder } from '../files/last-folder';

/** Beside the project file, else in the last folder used: where HR will look for it. */
export function suggestSummaryPath(
  projectPath: string | null,
  fileName: string,
  extension: string,
): string {
  return joinPath(projectPath ? dirname(projectPath) : lastFolder(), `${fileName}.${extension}`);
}
