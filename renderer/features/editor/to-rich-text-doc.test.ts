import { describe, expect, it } from 'vitest';
import { toRichTextDoc } from './to-rich-text-doc';

describe('toRichTextDoc', () => {
  it('keeps the model and drops editor-only attributes', () => {
    const doc = toRichTextDoc({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
  });

  it.each([
    ['NaN from a pasted <ol start="x">', Number.NaN, 1],
    ['a negative start', -4, 1],
    ['a typed 99999999999999999999.', Number('99999999999999999999'), 1],
  ])('accepts an ordered list whose start is %s', (_, start, expected) => {
    const doc = toRichTextDoc({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(doc?.content[0]).toEqual({
      type: 'orderedList',
      attrs: { start: expected },
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    });
  });

  it('refuses nodes outside the model', () => {
    expect(toRichTextDoc({ type: 'doc', content: [{ type: 'heading' }] })).toBeNull();
  });
});
