import type { Project } from '../../../src/model/project';
import { isFrozen, latestVersion, nextVersionNumber } from '../../../src/signoff/version-number';

/** A text the export dialog offers: the draft, or one signed-off version. */
export interface ExportableText {
  selector: 'draft' | number;
  /** The version it is, or the draft will become. */
  number: number;
  status: 'draft' | 'signed-off' | 'published';
  /** When it was signed off, or published, for a version. */
  date?: string;
}

/** The draft if there is one, then every signed-off version, newest first: the first is the live text. */
export function exportableTexts(project: Project): ExportableText[] {
  const versions = [...project.versions]
    .sort((a, b) => b.number - a.number)
    .map((version): ExportableText => ({
      selector: version.number,
      number: version.number,
      status: version.status,
      date: version.publishedAt ?? version.createdAt,
    }));
  if (isFrozen(project)) return versions;
  return [{ selector: 'draft', number: nextVersionNumber(project), status: 'draft' }, ...versions];
}

/** Whether `text` is what the editor shows, the one the review comments are anchored to. */
export function isLiveText(project: Project, text: ExportableText): boolean {
  return (
    text.selector === 'draft' ||
    (isFrozen(project) && latestVersion(project)?.number === text.number)
  );
}

/** The earlier versions `text` may list its changes since, newest first. */
export function comparableVersions(project: Project, text: ExportableText): number[] {
  return project.versions
    .map((version) => version.number)
    .filter((number) => number < text.number)
    .sort((a, b) => b - a);
}
