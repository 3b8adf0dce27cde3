import { basename } from 'node:path';
import type { Project } from '../model/project';
import { loadProject } from '../store/project-file';
import { assertReviewCopyOf } from './assert-review-copy';

/**
 * The review copies at `paths`, each checked to be a copy of the project `projectId`; a file that
 * is not is refused by its name, before anything is merged.
 */
export async function loadReviewCopies(
  projectId: string,
  paths: readonly string[],
): Promise<Project[]> {
  const copies: Project[] = [];
  for (const path of paths) {
    const copy = await loadProject(path);
    assertReviewCopyOf({ id: projectId }, copy, basename(path));
    copies.push(copy);
  }
  return copies;
}
