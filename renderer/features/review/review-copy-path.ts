import { PROJECT_EXTENSION } from '../../../src/model/project-extension';
import { basename } from '../files/file-path';

/**
 * "…/charte.charter" → "…/charte - relecture.charter": beside the charter, named after it. A
 * charter never saved gets a bare name, which the file picker places in the last folder used.
 */
export function reviewCopyPath(projectPath: string | null, defaultName: string, suffix: string) {
  const name = basename(projectPath ?? `${defaultName}${PROJECT_EXTENSION}`);
  const stem = name.endsWith(PROJECT_EXTENSION) ? name.slice(0, -PROJECT_EXTENSION.length) : name;
  const copyName = `${stem} - ${suffix}${PROJECT_EXTENSION}`;
  if (!projectPath) return copyName;
  return projectPath.slice(0, projectPath.length - name.length) + copyName;
}
