import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/model/clause';
import type { Project } from '../../../src/model/project';
import type { Version } from '../../../src/model/sign-off';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import { doc, p, text } from '../../../src/rich-text/test-support/rich-text-builders';
import { contentOf } from '../../../src/signoff/version-content';
import { comparableTexts, selectorOf, selectorValue } from './comparable-texts';

const sections = (words: string): Section[] => [
  {
    id: 'use',
    title: 'Usages',
    owner: 'hr',
    clauses: [{ id: 'use.access', owner: 'hr', body: doc(p(text(words))) }],
  },
];

const unsigned = projectFixture(sections('Version une.'));

/** Signed-off versions made by hand: the renderer cannot fingerprint (node:crypto). */
const version = (number: number, words: string): Version => ({
  number,
  status: 'signed-off',
  createdAt: `2026-03-0${number}T10:00:00.000Z`,
  fingerprint: `sha256:${String(number).repeat(64)}`,
  roles: ['hr'],
  content: contentOf({ ...unsigned, sections: sections(words) }),
});

const signed: Project = {
  ...unsigned,
  meta: { ...unsigned.meta, status: 'signed-off' },
  sections: sections('Version deux.'),
  versions: [version(1, 'Version une.'), version(2, 'Version deux.')],
};
const drafted: Project = {
  ...signed,
  meta: { ...signed.meta, status: 'draft' },
  sections: sections('Brouillon.'),
};

describe('comparableTexts', () => {
  it('offers the draft and every version, from the latest, and compares the latest with the draft', () => {
    const { texts, defaults, inEditor } = comparableTexts(drafted);
    expect(texts.map((text) => text.selector)).toEqual(['draft', 2, 1]);
    expect(defaults).toEqual({ from: 2, to: 'draft' });
    expect(inEditor).toBe('draft');
  });

  it('offers the versions alone while the text is still the latest version', () => {
    const { texts, defaults, inEditor } = comparableTexts(signed);
    expect(texts.map((text) => text.selector)).toEqual([2, 1]);
    expect(defaults).toEqual({ from: 2, to: 2 });
    expect(inEditor).toBe(2);
  });

  it('has nothing to compare before version 1', () => {
    expect(comparableTexts(unsigned)).toMatchObject({
      texts: [{ selector: 'draft' }],
      defaults: null,
    });
  });

  it('reads back the value of a selector', () => {
    expect(selectorOf(selectorValue('draft'))).toBe('draft');
    expect(selectorOf(selectorValue(12))).toBe(12);
  });
});
