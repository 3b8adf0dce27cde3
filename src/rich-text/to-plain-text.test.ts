import { describe, expect, it } from 'vitest';
import { bold, br, bullets, doc, item, numbered, p, text } from './test-support/rich-text-builders';
import { richTextToPlainText } from './to-plain-text';

describe('richTextToPlainText', () => {
  it('writes paragraphs, breaks and nested lists as text without markup or escapes', () => {
    const sample = doc(
      p(text('Société '), bold('Dupré & Fils <SA>'), br, text('# *pas* de markup'), br),
      p(),
      bullets(
        item(p(text('un')), numbered(1, item(p(text('neuf'))), item(p(text('dix'))))),
        item(p(text('deux'))),
      ),
    );
    expect(richTextToPlainText(sample)).toBe(
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
    expect(richTextToPlainText(doc(p()))).toBe('');
  });
});
