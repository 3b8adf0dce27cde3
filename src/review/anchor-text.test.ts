import { describe, expect, it } from 'vitest';
import {
  bullets,
  doc,
  item,
  p,
  text,
  br,
  bold,
} from '../rich-text/test-support/rich-text-builders';
import { anchorText, matchKey, normalizeQuote } from './anchor-text';

describe('anchorText', () => {
  it('joins paragraphs, list items and line breaks with single spaces', () => {
    const body = doc(
      p(text('Soyez '), bold('prudents'), text('.')),
      bullets(item(p(text('un'))), item(p(text('deux')))),
      p(text('fin'), br, text('ici')),
    );
    expect(anchorText(body)).toBe('Soyez prudents. - un - deux fin ici');
  });

  it('normalises quotes the same way and folds typography one character for one', () => {
    expect(normalizeQuote('  l’entreprise\n\n  et\u00a0ses  ')).toBe('l’entreprise et ses');
    expect(matchKey('l’entreprise « ok » — “oui”')).toBe('l\'entreprise « ok » - "oui"');
    expect(matchKey('l’entreprise — “oui”')).toHaveLength('l’entreprise — “oui”'.length);
  });
});
