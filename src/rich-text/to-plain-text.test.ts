import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../model/rich-text';
import { richTextToPlainText } from './to-plain-text';

describe('richTextToPlainText', () => {
  it('writes paragraphs, breaks and nested lists as text without markup or escapes', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Société ' },
            { type: 'text', text: 'Dupré & Fils <SA>', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: '# *pas* de markup' },
            { type: 'hardBreak' },
          ],
        },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'un' }] },
                {
                  type: 'orderedList',
                  attrs: { start: 1 },
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'neuf' }] }],
                    },
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'dix' }] }],
                    },
                  ],
                },
              ],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'deux' }] }],
            },
          ],
        },
      ],
    };
    expect(richTextToPlainText(doc)).toBe(
      [
        'Société Dupré & Fils <SA>',
        '# *pas* de markup',
        '',
        '- un',
        '  1. neuf',
        '  2. dix',
        '- deux',
      ].join('\n'),
    );
  });

  it('writes an empty document as an empty string', () => {
    expect(richTextToPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
