import { describe, expect, it } from 'vitest';
import { br, bullets, doc, item, numbered, p, text } from './test-support/rich-text-builders';
import { richTextToHtml } from './to-html';

describe('richTextToHtml', () => {
  it('escapes every character of text and writes marks, breaks and lists as elements', () => {
    expect(
      richTextToHtml(
        doc(
          p(
            text('<script>alert("1")</script> & '),
            text("l'essentiel", 'italic', 'bold'),
            br,
            text('suite'),
          ),
          p(),
          numbered(3, item(p(text('trois')), bullets(item(p(text('a')))))),
          { type: 'orderedList', content: [item(p())] },
        ),
      ),
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
