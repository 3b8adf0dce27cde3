import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';

/** The last signed-off version, if any. */
export function latestVersion(project: Project): Version | undefined {
  return project.versions.reduce<Version | undefined>(
    (latest, version) => (latest && latest.number > version.number ? latest : version),
    undefined,
  );
}

/** The number the next signed-off version will take. */
export function nextVersionNumber(project: Project): number {
  return Math.max(project.signOff.versionsBefore, latestVersion(project)?.number ?? 0) + 1;
}

/** Whether the live text is a signed-off version rather than a draft. */
export function isFrozen(project: Project): boolean {
  return project.meta.status === 'signed-off' || project.meta.status === 'published';
}
