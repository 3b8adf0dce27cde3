import { describe, expect, it } from 'vitest';
import { FUZZY_THRESHOLD, findFuzzyQuote } from './find-fuzzy-quote';

const QUOTE = 'toutes les personnes qui travaillent chez Atelier Pixel';

describe('findFuzzyQuote', () => {
  it('finds the passage after a word of it changed, on word boundaries', () => {
    const text =
      'La charte s’adresse à toutes les personnes qui travaillent chez Studio Pixel : nos salariés.';
    const match = findFuzzyQuote(text, {
      exact: QUOTE,
      prefix: 'La charte s’adresse à ',
      suffix: '',
    });
    expect(match).toBeDefined();
    expect(text.slice(match?.offset, (match?.offset ?? 0) + (match?.length ?? 0))).toBe(
      'toutes les personnes qui travaillent chez Studio Pixel',
    );
    expect(match?.similarity).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
  });

  it('finds nothing in a text that says something else', () => {
    const text = 'Les comptes officiels sont animés par une seule personne.';
    expect(findFuzzyQuote(text, { exact: QUOTE, prefix: '', suffix: '' })).toBeUndefined();
  });

  it('leaves short quotes to exact matching', () => {
    expect(
      findFuzzyQuote('nos 15 salariés', { exact: 'nos 12', prefix: '', suffix: '' }),
    ).toBeUndefined();
  });
});
