import { join } from 'node:path';
import type { Project } from '../../src/model/project';
import { loadProject, saveProject } from '../../src/store/project-file';
import { timedResult, type BenchResult } from '../bench-result';
import { timeRuns } from '../time-runs';

/** Opening and saving a .charter file through the store, on the disk of a temporary folder. */
export async function storeSuite(
  project: Project,
  pages: number,
  folder: string,
  runs: number,
): Promise<BenchResult[]> {
  const path = join(folder, `charter-${pages}.charter`);
  await saveProject(path, project);
  const atHundred = pages === 100;
  return [
    timedResult(
      {
        id: 'store.open',
        label: 'Open (read, migrate, validate)',
        pages,
        ...(atHundred && { target: { max: 300 } }),
      },
      await timeRuns(runs, () => loadProject(path)),
    ),
    timedResult(
      {
        id: 'store.save',
        label: 'Save (validate, write atomically)',
        pages,
        ...(atHundred && { target: { max: 100 } }),
      },
      await timeRuns(runs, () => saveProject(path, project)),
    ),
  ];
}
