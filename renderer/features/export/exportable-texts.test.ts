import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/project';
import type { Version } from '../../../src/model/sign-off';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import { doc, p, text } from '../../../src/rich-text/test-support/rich-text-builders';
import { contentOf } from '../../../src/signoff/version-content';
import { comparableVersions, exportableTexts, isLiveText } from './exportable-texts';

const draft = projectFixture([
  {
    id: 's',
    title: 'S',
    owner: 'hr',
    clauses: [{ id: 'c', owner: 'hr', body: doc(p(text('a'))) }],
  },
]);

const version = (number: number, createdAt: string): Version => ({
  number,
  status: 'signed-off',
  createdAt,
  fingerprint: `sha256:${String(number).repeat(64)}`,
  roles: ['hr'],
  content: contentOf(draft),
});

/** Versions 1 and 2 signed off; the live text is version 2, or the draft of version 3. */
function withTwoVersions(status: Project['meta']['status']): Project {
  return {
    ...draft,
    meta: { ...draft.meta, status },
    versions: [version(1, '2026-01-05T09:00:00Z'), version(2, '2026-06-05T09:00:00Z')],
  };
}

describe('the texts an export may be made of', () => {
  it('are the draft alone before any sign-off', () => {
    expect(exportableTexts(draft)).toEqual([{ selector: 'draft', number: 1, status: 'draft' }]);
  });

  it('are the signed-off versions, newest first, when the live text is a version', () => {
    const project = withTwoVersions('signed-off');
    const texts = exportableTexts(project);
    expect(texts.map(({ selector }) => selector)).toEqual([2, 1]);
    expect(texts[0]).toMatchObject({ status: 'signed-off', date: '2026-06-05T09:00:00Z' });
    expect(texts.map((text) => isLiveText(project, text))).toEqual([true, false]);
  });

  it('put the draft of the next version first, then the versions', () => {
    const project = withTwoVersions('draft');
    const texts = exportableTexts(project);
    expect(texts.map(({ selector }) => selector)).toEqual(['draft', 2, 1]);
    expect(texts[0]?.number).toBe(3);
    expect(texts.map((text) => isLiveText(project, text))).toEqual([true, false, false]);
  });

  it('compare a text only with earlier versions', () => {
    const project = withTwoVersions('draft');
    const [draftText, second, first] = exportableTexts(project);
    if (!draftText || !second || !first) throw new Error('three texts expected');
    expect(comparableVersions(project, draftText)).toEqual([2, 1]);
    expect(comparableVersions(project, second)).toEqual([1]);
    expect(comparableVersions(project, first)).toEqual([]);
  });
});
