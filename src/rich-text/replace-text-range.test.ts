import { describe, expect, it } from 'vitest';
import { RichTextDocSchema, type RichTextDoc } from '../model/rich-text';
import { replaceTextRange } from './replace-text-range';
import { bold, br, bullets, doc, italic, item, p, text } from './test-support/rich-text-builders';

/** The replaced document, checked to be a valid clause body. */
function replaced(body: RichTextDoc, from: number, to: number, by: string): RichTextDoc {
  const result = replaceTextRange(body, from, to, by);
  if (!result) throw new Error('expected the range to be replaced');
  expect(RichTextDocSchema.parse(result)).toEqual(result);
  return result;
}

describe('replaceTextRange', () => {
  // "Soyez " 1–6, "très prudents" 7–19, "." 20.
  const body = doc(p(text('Soyez '), bold('très prudents'), text('.')), p(text('Fin')));

  it('gives the new text the marks of the first character replaced, across text nodes', () => {
    expect(replaced(body, 7, 11, 'bien')).toEqual(
      doc(p(text('Soyez '), bold('bien prudents'), text('.')), p(text('Fin'))),
    );
    expect(replaced(body, 1, 11, 'Soyez, soyez')).toEqual(
      doc(p(text('Soyez, soyez'), bold(' prudents'), text('.')), p(text('Fin'))),
    );
  });

  it('deletes, dropping emptied nodes and joining neighbours with the same marks', () => {
    expect(replaced(body, 7, 20, '')).toEqual(doc(p(text('Soyez .')), p(text('Fin'))));
    expect(replaced(body, 1, 21, '')).toEqual(doc(p(), p(text('Fin'))));
  });

  it('replaces a hard break inside the range, and text in a list item', () => {
    expect(replaced(doc(p(text('a'), br, italic('b'))), 1, 4, 'c')).toEqual(doc(p(text('c'))));
    const list = doc(bullets(item(p(text('un'))), item(p(text('deux')))));
    // The second item's text starts at 9: the list's opening, the first item (6), two openings.
    expect(replaced(list, 9, 13, 'trois')).toEqual(
      doc(bullets(item(p(text('un'))), item(p(text('trois'))))),
    );
  });

  it('refuses a range that crosses from one block into another', () => {
    expect(replaceTextRange(body, 20, 24, 'x')).toBeUndefined();
    expect(
      replaceTextRange(doc(bullets(item(p(text('un'))), item(p(text('deux'))))), 3, 9, 'x'),
    ).toBeUndefined();
  });
});
