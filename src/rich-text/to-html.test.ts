import { describe, expect, it } from 'vitest';
import { richTextToHtml } from './to-html';

describe('richTextToHtml', () => {
  it('escapes every character of text and writes marks, breaks and lists as elements', () => {
    expect(
      richTextToHtml({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '<script>alert("1")</script> & ' },
              { type: 'text', text: "l'essentiel", marks: [{ type: 'italic' }, { type: 'bold' }] },
              { type: 'hardBreak' },
              { type: 'text', text: 'suite' },
            ],
          },
          { type: 'paragraph' },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: 'trois' }] },
                  {
                    type: 'bulletList',
                    content: [
                      {
                        type: 'listItem',
                        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'orderedList',
            content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
          },
        ],
      }),
    ).toBe(
      [
        '<p>&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; <strong><em>l&#39;essentiel</em></strong><br>suite</p>',
        '',
        '<ol start="3"><li><p>trois</p><ul><li><p>a</p></li></ul></li></ol>',
        '<ol><li></li></ol>',
      ].join('\n'),
    );
  });
});
