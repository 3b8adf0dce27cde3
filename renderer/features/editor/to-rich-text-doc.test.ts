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

  it('refuses nodes outside the model', () => {
    expect(toRichTextDoc({ type: 'doc', content: [{ type: 'heading' }] })).toBeNull();
  });
});
