import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { projectFixture } from '../model/test-support/project-fixture';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { contentOf } from '../signoff/version-content';
import { compareVersions, defaultSelectors } from './compare-versions';
import { contentAt } from './content-at';
import {
  editSections,
  reassignedDraft,
  signOff,
  versionedCharter,
} from './test-support/versioned-project';

const draft = projectFixture(
  [
    {
      id: 'use',
      title: 'Usages',
      owner: 'hr',
      clauses: [
        {
          id: 'use.access',
          title: 'Accès',
          owner: 'hr',
          body: doc(p(text('Les salariés peuvent publier.'))),
        },
      ],
    },
  ],
  { answers: { 'company.name': 'Dupré & Fils' } },
);

const rewrite = (words: string) => (sections: typeof draft.sections) =>
  sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((clause) => ({ ...clause, body: doc(p(text(words))) })),
  }));

const version1 = signOff(draft, '2026-03-01T10:00:00.000Z');
const draft2 = editSections(
  version1,
  rewrite('Les salariés ne peuvent pas publier.'),
  '2026-03-02T10:00:00.000Z',
);
const version2 = signOff(draft2, '2026-03-03T10:00:00.000Z');

const bodyOf = (comparison: ReturnType<typeof compareVersions>) =>
  comparison.comparison.clauses[0]?.body;

describe('contentAt', () => {
  it('reads a version’s frozen text, or the draft’s', () => {
    expect(contentAt(draft2, 1)).toEqual(contentOf(draft));
    expect(contentAt(draft2, 'draft')).toEqual(contentOf(draft2));
    expect(contentAt(version2, 2)).toEqual(contentOf(draft2));
  });

  it('says which versions exist when asked for another', () => {
    expect(() => contentAt(version2, 3)).toThrow(
      new CharterError('not-found', 'There is no version 3: its versions are 1, 2.'),
    );
    expect(() => contentAt(draft, 1)).toThrow(
      /There is no version 1: no version has been signed off yet/,
    );
  });

  it('says there is no draft while the text is still a signed-off version', () => {
    expect(() => contentAt(version2, 'draft')).toThrow(
      'There is no draft: the text is still version 2 as signed off. Compare two versions, or edit the charter to start a draft.',
    );
  });
});

describe('compareVersions', () => {
  it('compares the latest version with the draft by default', () => {
    expect(defaultSelectors(draft2)).toEqual({ from: 1, to: 'draft' });
    const compared = compareVersions(draft2);
    expect(compared).toMatchObject({ from: 1, to: 'draft' });
    expect(bodyOf(compared)).toEqual([
      { kind: 'same', text: 'Les salariés ' },
      { kind: 'added', text: 'ne ' },
      { kind: 'same', text: 'peuvent ' },
      { kind: 'added', text: 'pas ' },
      { kind: 'same', text: 'publier.' },
    ]);
  });

  it('compares the latest version with itself when there is no draft', () => {
    expect(defaultSelectors(version2)).toEqual({ from: 2, to: 2 });
    expect(compareVersions(version2).comparison.identical).toBe(true);
    expect(compareVersions(version2, { from: 1 })).toMatchObject({ from: 1, to: 2 });
  });

  it('compares any two versions, in either direction', () => {
    expect(bodyOf(compareVersions(version2, { from: 2, to: 1 }))).toEqual([
      { kind: 'same', text: 'Les salariés ' },
      { kind: 'removed', text: 'ne ' },
      { kind: 'same', text: 'peuvent ' },
      { kind: 'removed', text: 'pas ' },
      { kind: 'same', text: 'publier.' },
    ]);
  });

  it('needs a signed-off version to compare the draft with', () => {
    expect(() => compareVersions(draft)).toThrow(
      /No version has been signed off yet: there is nothing to compare the draft with/,
    );
    expect(compareVersions(draft, { from: 'draft', to: 'draft' }).comparison.identical).toBe(true);
  });

  it('tells a draft apart by its company answers and a clause’s owner alone', () => {
    const { signed } = versionedCharter();
    const { comparison } = compareVersions(reassignedDraft(signed, '2026-03-05T10:00:00.000Z'));
    expect(comparison.identical).toBe(false);
    expect(comparison.details.map((change) => [change.subject, change.kind, change.to])).toEqual([
      [{ kind: 'company', key: 'headcount' }, 'added', 45],
      [{ kind: 'company', key: 'sector' }, 'added', 'Commerce'],
    ]);
    expect(
      comparison.clauses
        .filter((diff) => diff.kind !== 'unchanged')
        .map((diff) => [diff.id, diff.changes, diff.from?.owner, diff.to?.owner]),
    ).toEqual([['use.access', ['owner'], 'hr', 'legal']]);
  });
});
