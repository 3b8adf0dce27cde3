import { defaultSelectors } from '../../../src/diff/compare-versions';
import { hasDraft, type TextSelector } from '../../../src/diff/content-at';
import type { Project } from '../../../src/model/project';
import type { Version } from '../../../src/model/sign-off';

/** A text the comparison can start or end at: the draft, or a signed-off version. */
export type ComparableText = { selector: 'draft' } | { selector: number; version: Version };

export interface ComparableTexts {
  /** The draft first, then the versions from the latest. */
  texts: ComparableText[];
  /** The latest version and the draft (or the latest version alone); null before version 1. */
  defaults: { from: TextSelector; to: TextSelector } | null;
  /** The text the editor shows: the draft, or the latest version it still is. */
  inEditor: TextSelector;
}

/**
 * What the « Comparer les versions » view offers. The editor's store follows every edit through
 * the lifecycle, so an edited signed-off text is already a draft here.
 */
export function comparableTexts(project: Project): ComparableTexts {
  const versions = [...project.versions].sort((a, b) => b.number - a.number);
  return {
    texts: [
      ...(hasDraft(project) ? [{ selector: 'draft' as const }] : []),
      ...versions.map((version) => ({ selector: version.number, version })),
    ],
    defaults: versions.length > 0 ? defaultSelectors(project) : null,
    inEditor: hasDraft(project) ? 'draft' : (versions[0]?.number ?? 'draft'),
  };
}

/** A selector as a <select> value, and back. */
export const selectorValue = (selector: TextSelector): string => String(selector);

export function selectorOf(value: string): TextSelector {
  return value === 'draft' ? value : Number(value);
}
