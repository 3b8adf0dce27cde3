import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, contextAgreement, quoteAnchor } from './quote-anchor';

const TEXT = `${'a'.repeat(40)} le passage cité ${'b'.repeat(40)}`;

describe('quoteAnchor', () => {
  it('keeps the quote, 32 characters each side and the offset', () => {
    const offset = TEXT.indexOf('le passage');
    const anchor = quoteAnchor('c1', TEXT, offset, 'le passage cité'.length);
    expect(anchor).toEqual({
      clauseId: 'c1',
      exact: 'le passage cité',
      prefix: `${'a'.repeat(CONTEXT_LENGTH - 1)} `,
      suffix: ` ${'b'.repeat(CONTEXT_LENGTH - 1)}`,
      offset,
    });
  });

  it('takes what there is at the edges of the text', () => {
    expect(quoteAnchor('c1', 'début et fin', 0, 5)).toMatchObject({
      prefix: '',
      suffix: ' et fin',
    });
  });
});

describe('contextAgreement', () => {
  it('counts the characters of prefix and suffix found around the passage', () => {
    const anchor = { prefix: 'xx avant ', suffix: ' après yy' };
    expect(contextAgreement('zz avant ICI après zz', 9, 3, anchor)).toBe(7 + 7);
    expect(contextAgreement('ICI', 0, 3, anchor)).toBe(0);
  });
});
