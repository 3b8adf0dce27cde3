import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../model/rich-text';
import {
  bold,
  br,
  bullets,
  doc,
  item,
  numbered,
  p,
  text,
} from '../rich-text/test-support/rich-text-builders';
import { anchorText } from './anchor-text';
import { anchorTextPositions } from './anchor-text-positions';

/** Each anchor-text character read back from where its position says it comes from. */
function readBack(body: RichTextDoc): string {
  return anchorTextPositions(body)
    .map((position) => {
      if (!position) return '·';
      const node = position.paragraph[position.node];
      return node?.type === 'text' ? node.text[position.offset] : '?';
    })
    .join('');
}

describe('anchorTextPositions', () => {
  it('gives each character of the anchor text its text node, and null to the layout', () => {
    const body = doc(
      p(text('Les  salariés '), bold('et'), br, text(' les 😀 stagiaires')),
      bullets(item(p(text('un')), numbered(3, item(p(text('neuf'))))), item(p(text('deux')))),
    );
    expect(anchorText(body)).toBe('Les salariés et les 😀 stagiaires - un 3. neuf - deux');
    expect(anchorTextPositions(body)).toHaveLength(anchorText(body).length);
    expect(readBack(body)).toBe('Les salariés et·les 😀 stagiaires···un····neuf···deux');
  });

  it('points into the very paragraph arrays of the body', () => {
    const paragraph = p(text('a'), bold('b'));
    const [first, second] = anchorTextPositions(doc(paragraph));
    expect(first).toEqual({ paragraph: paragraph.content, node: 0, offset: 0 });
    expect(second?.paragraph).toBe(paragraph.content);
    expect(second).toMatchObject({ node: 1, offset: 0 });
  });

  it('has nothing for an empty clause', () => {
    expect(anchorTextPositions(doc(p(), p(text('  '))))).toEqual([]);
  });
});
