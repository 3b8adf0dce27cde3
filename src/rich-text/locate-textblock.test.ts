import { describe, expect, it } from 'vitest';
import { locateTextblock } from './locate-textblock';
import { bullets, doc, item, p, text } from './test-support/rich-text-builders';

// "Intro" 1–5; the list opens at 7, its item at 8, the item's paragraph at 9: "un" 10–11.
const body = doc(p(text('Intro')), bullets(item(p(text('un')))));

describe('locateTextblock', () => {
  it('finds the paragraph holding a range, however deep, and puts it back changed', () => {
    const found = locateTextblock(body, 10, 12);
    expect(found).toMatchObject({ paragraph: p(text('un')), contentStart: 10 });
    expect(found?.replace(p(text('deux')))).toEqual(
      doc(p(text('Intro')), bullets(item(p(text('deux'))))),
    );
    expect(locateTextblock(body, 1, 6)?.paragraph).toEqual(p(text('Intro')));
  });

  it('finds nothing for a range across blocks or on a block boundary', () => {
    expect(locateTextblock(body, 3, 11)).toBeUndefined();
    expect(locateTextblock(body, 6, 7)).toBeUndefined();
    expect(locateTextblock(body, 0, 2)).toBeUndefined();
  });
});
