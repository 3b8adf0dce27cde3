import { describe, expect, it } from 'vitest';
import { withoutStrayPunctuation } from './without-stray-punctuation';

const TEXT = 'Soyez prudents avec vos publications ! « Toujours. »';

function trimmed(passage: string, quote: string): string {
  const span = withoutStrayPunctuation(
    TEXT,
    { offset: TEXT.indexOf(passage), length: passage.length },
    quote,
  );
  return TEXT.slice(span.offset, span.offset + span.length);
}

describe('withoutStrayPunctuation', () => {
  it('drops the punctuation, and the spaces before it, that the quote lacks at either end', () => {
    expect(trimmed('vos publications !', 'nos publications')).toBe('vos publications');
    expect(trimmed('« Toujours. »', 'Toujours')).toBe('Toujours');
  });

  it('keeps punctuation the quote has at that end, and a passage without any', () => {
    expect(trimmed('« Toujours. »', '« Toujours.')).toBe('« Toujours. »');
    expect(trimmed('prudents avec', 'prudent avec')).toBe('prudents avec');
  });
});
