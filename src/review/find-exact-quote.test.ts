import { describe, expect, it } from 'vitest';
import { findExactQuote } from './find-exact-quote';

const TEXT = 'Un salarié publie. Un salarié partage. Un salarié commente.';

describe('findExactQuote', () => {
  it('finds the only occurrence and says nothing when there is none', () => {
    expect(findExactQuote(TEXT, { exact: 'partage', prefix: '', suffix: '' })).toEqual({
      offset: TEXT.indexOf('partage'),
      length: 7,
      context: 0,
    });
    expect(findExactQuote(TEXT, { exact: 'supprime', prefix: '', suffix: '' })).toBeUndefined();
    expect(findExactQuote(TEXT, { exact: '', prefix: '', suffix: '' })).toBeUndefined();
  });

  it('tells repeated quotes apart by their context first', () => {
    const match = findExactQuote(TEXT, {
      exact: 'Un salarié',
      prefix: 'partage. ',
      suffix: ' comm',
    });
    expect(match?.offset).toBe(TEXT.lastIndexOf('Un salarié'));
  });

  it('then takes the one closest to the old offset', () => {
    const second = TEXT.indexOf('Un salarié partage');
    const anchor = { exact: 'Un salarié', prefix: '', suffix: '' };
    expect(findExactQuote(TEXT, anchor, second + 3)?.offset).toBe(second);
    expect(findExactQuote(TEXT, anchor)?.offset).toBe(0);
  });

  it('matches typographic apostrophes against typed ones', () => {
    expect(
      findExactQuote('Voir l’entreprise.', { exact: "l'entreprise", prefix: '', suffix: '' }),
    ).toMatchObject({ offset: 5, length: 12 });
  });
});
