import { describe, expect, it } from 'vitest';
import { RichTextDocSchema, type BlockNode, type InlineNode } from '../model/rich-text';
import { parseMarkdown } from './from-markdown';
import { br, bullets, item, numbered, p, text } from './test-support/rich-text-builders';

/** Parses, checks the result against the model's schema, and returns the blocks. */
function blocks(markdown: string): BlockNode[] {
  const doc = parseMarkdown(markdown);
  expect(RichTextDocSchema.safeParse(doc).success).toBe(true);
  expect(RichTextDocSchema.parse(doc)).toEqual(doc);
  return doc.content;
}

/** The inline content of a one-paragraph document. */
function inline(markdown: string): InlineNode[] {
  const [first, ...rest] = blocks(markdown);
  expect(rest).toEqual([]);
  if (first?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${first?.type}`);
  return first.content ?? [];
}

describe('parseMarkdown: blocks', () => {
  it('reads an empty or blank text as one empty paragraph', () => {
    expect(parseMarkdown('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(blocks(' \n\n\t\n')).toEqual([p()]);
  });

  it('separates paragraphs by blank lines and trims them', () => {
    expect(blocks('  First one.  \n\n\n   Second one.\n')).toEqual([
      p(text('First one.')),
      p(text('Second one.')),
    ]);
  });

  it('reads a single line break as a space and drops the spaces around it', () => {
    expect(inline('one   \n   two\nthree')).toEqual([text('one two three')]);
  });

  it('accepts Windows line endings', () => {
    expect(blocks('a\r\nb\r\n\r\nc')).toEqual([p(text('a b')), p(text('c'))]);
  });

  it('reads a backslash at the end of a line as a hard break', () => {
    expect(inline('Line one\\\nLine two \\\n  Line three')).toEqual([
      text('Line one'),
      br,
      text('Line two '),
      br,
      text('Line three'),
    ]);
  });

  it('keeps a backslash at the end of the paragraph as text', () => {
    expect(inline('The end\\')).toEqual([text('The end\\')]);
  });

  it('does not take an escaped backslash before a line end for a hard break', () => {
    expect(inline('a\\\\\nb')).toEqual([text('a\\ b')]);
  });
});

describe('parseMarkdown: emphasis', () => {
  it('reads bold, italic and both', () => {
    expect(inline('a **bold** and *italic* and ***both*** end')).toEqual([
      text('a '),
      text('bold', 'bold'),
      text(' and '),
      text('italic', 'italic'),
      text(' and '),
      text('both', 'bold', 'italic'),
      text(' end'),
    ]);
  });

  it('nests emphasis and merges text with the same marks', () => {
    expect(inline('*italic **bold italic** italic*')).toEqual([
      text('italic ', 'italic'),
      text('bold italic', 'bold', 'italic'),
      text(' italic', 'italic'),
    ]);
    expect(inline('**bold *both***')).toEqual([
      text('bold ', 'bold'),
      text('both', 'bold', 'italic'),
    ]);
  });

  it('splits a triple run between bold and italic', () => {
    expect(inline('***a** b*')).toEqual([text('a', 'bold', 'italic'), text(' b', 'italic')]);
    expect(inline('***a* b**')).toEqual([text('a', 'bold', 'italic'), text(' b', 'bold')]);
  });

  it('never opens or closes emphasis on white space', () => {
    expect(inline('a * b * c')).toEqual([text('a * b * c')]);
    expect(inline('** not bold **')).toEqual([text('** not bold **')]);
    expect(inline('2 * 3 = 6')).toEqual([text('2 * 3 = 6')]);
  });

  it('keeps unmatched asterisks as literal text', () => {
    expect(inline('**a*')).toEqual([text('*'), text('a', 'italic')]);
    expect(inline('*a**')).toEqual([text('a', 'italic'), text('*')]);
    expect(inline('a *b')).toEqual([text('a *b')]);
  });

  it("applies CommonMark's rule of three", () => {
    expect(inline('*foo**bar**baz*')).toEqual([
      text('foo', 'italic'),
      text('bar', 'bold', 'italic'),
      text('baz', 'italic'),
    ]);
  });

  it('carries emphasis across soft and hard breaks', () => {
    expect(inline('**one\ntwo\\\nthree**')).toEqual([
      text('one two', 'bold'),
      br,
      text('three', 'bold'),
    ]);
  });

  it('reads emphasis inside words', () => {
    expect(inline('un*frigging*believable')).toEqual([
      text('un'),
      text('frigging', 'italic'),
      text('believable'),
    ]);
  });
});

describe('parseMarkdown: escapes and literal text', () => {
  it('makes escaped punctuation literal', () => {
    expect(inline('\\*not italic\\* \\\\ \\_ \\[x\\] \\< \\# \\`')).toEqual([
      text('*not italic* \\ _ [x] < # `'),
    ]);
  });

  it('keeps a backslash before anything but ASCII punctuation', () => {
    expect(inline('C:\\dossier \\é')).toEqual([text('C:\\dossier \\é')]);
  });

  it('keeps HTML, links, images, headings, code, quotes and entities as text', () => {
    const literal = [
      '<script>alert(1)</script>',
      '[a link](https://example.com)',
      '![an image](x.png)',
      '# Not a heading',
      '> not a quote',
      '`not code`',
      '&amp; &lt;b&gt;',
      '_not italic_ __not bold__',
      '+ not a list',
      '* not a list',
      '1) not a list',
      '---',
      '| a | b |',
      '~~~',
      '~~not struck~~',
    ];
    for (const line of literal) expect(inline(line)).toEqual([text(line)]);
  });

  it('keeps company names with markup characters intact when escaped as the writer does', () => {
    expect(inline('Société Dupré & Fils \\<SA\\> \\*\\*')).toEqual([
      text('Société Dupré & Fils <SA> **'),
    ]);
  });

  it('reads back the escapes the writer adds for CommonMark and GFM renderers', () => {
    expect(inline('Dupré \\& Fils \\&amp; \\~\\~\\~ \\~\\~x\\~\\~ \\| a \\|')).toEqual([
      text('Dupré & Fils &amp; ~~~ ~~x~~ | a |'),
    ]);
  });

  it('reads escaped list markers at the start of a line as text', () => {
    expect(blocks('\\- not an item\n\n1\\. not an item')).toEqual([
      p(text('- not an item')),
      p(text('1. not an item')),
    ]);
  });
});

describe('parseMarkdown: lists', () => {
  it('reads a bullet list', () => {
    expect(blocks('- one\n- **two**\n- three')).toEqual([
      bullets(item(p(text('one'))), item(p(text('two', 'bold'))), item(p(text('three')))),
    ]);
  });

  it('reads an ordered list and keeps its start', () => {
    expect(blocks('1. one\n2. two')).toEqual([
      numbered(1, item(p(text('one'))), item(p(text('two')))),
    ]);
    expect(blocks('3. three\n7. four')).toEqual([
      numbered(3, item(p(text('three'))), item(p(text('four')))),
    ]);
    expect(blocks('0. zero')).toEqual([numbered(0, item(p(text('zero'))))]);
  });

  it('reads nested lists indented by the marker width', () => {
    expect(blocks('- a\n  - b\n    - c\n- d')).toEqual([
      bullets(
        item(p(text('a')), bullets(item(p(text('b')), bullets(item(p(text('c'))))))),
        item(p(text('d'))),
      ),
    ]);
    expect(blocks('1. a\n   1. b\n   2. c\n10. d\n    - e')).toEqual([
      numbered(
        1,
        item(p(text('a')), numbered(1, item(p(text('b'))), item(p(text('c'))))),
        item(p(text('d')), bullets(item(p(text('e'))))),
      ),
    ]);
  });

  it('reads list items with several blocks', () => {
    expect(blocks('- first\n\n  second paragraph\n- next')).toEqual([
      bullets(item(p(text('first')), p(text('second paragraph'))), item(p(text('next')))),
    ]);
  });

  it('ends a list at a line that is not indented after a blank line', () => {
    expect(blocks('- item\n\nafter')).toEqual([bullets(item(p(text('item')))), p(text('after'))]);
  });

  it('keeps blank lines between items in one list', () => {
    expect(blocks('- a\n\n- b')).toEqual([bullets(item(p(text('a'))), item(p(text('b'))))]);
  });

  it('continues an item paragraph on a lazy line', () => {
    expect(blocks('- one\ntwo')).toEqual([bullets(item(p(text('one two'))))]);
    expect(blocks('- one\n2024. was good')).toEqual([bullets(item(p(text('one 2024. was good'))))]);
  });

  it('reads soft and hard breaks inside an item', () => {
    expect(blocks('- one\\\n  two\n  three')).toEqual([
      bullets(item(p(text('one'), br, text('two three')))),
    ]);
  });

  it('starts a new list when the kind of marker changes', () => {
    expect(blocks('- a\n1. b')).toEqual([
      bullets(item(p(text('a')))),
      numbered(1, item(p(text('b')))),
    ]);
  });

  it('lets a list interrupt a paragraph, but not an ordered list that does not start at 1', () => {
    expect(blocks('Intro:\n- a')).toEqual([p(text('Intro:')), bullets(item(p(text('a'))))]);
    expect(blocks('In\n1. a')).toEqual([p(text('In')), numbered(1, item(p(text('a'))))]);
    expect(blocks('The year\n2024. was good')).toEqual([p(text('The year 2024. was good'))]);
  });

  it('reads an empty item as an empty paragraph', () => {
    expect(blocks('-\n- b')).toEqual([bullets(item(p()), item(p(text('b'))))]);
  });

  it('uses extra spaces after the marker as the content indentation', () => {
    expect(blocks('-   a\n\n    b')).toEqual([bullets(item(p(text('a')), p(text('b'))))]);
  });

  it('expands tabs in indentation', () => {
    expect(blocks('- a\n\t- b')).toEqual([
      bullets(item(p(text('a')), bullets(item(p(text('b')))))),
    ]);
  });

  it('reads a dash without a space as text', () => {
    expect(blocks('-not an item')).toEqual([p(text('-not an item'))]);
  });
});

describe('parseMarkdown: a clause as a template writes it', () => {
  it('reads a mixed body', () => {
    const markdown = [
      'Chez **{{company.name}}**, nous encourageons :',
      '',
      '- le partage *réfléchi* ;',
      '- le respect\\',
      '  de chacun.',
      '',
      'Merci.',
    ].join('\n');
    expect(blocks(markdown)).toEqual([
      p(text('Chez '), text('{{company.name}}', 'bold'), text(', nous encourageons :')),
      bullets(
        item(p(text('le partage '), text('réfléchi', 'italic'), text(' ;'))),
        item(p(text('le respect'), br, text('de chacun.'))),
      ),
      p(text('Merci.')),
    ]);
  });

  it('stays linear on a long run of unmatched delimiters', () => {
    const started = Date.now();
    const doc = parseMarkdown('*a '.repeat(20_000) + 'a* '.repeat(20_000));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(doc.content).toHaveLength(1);
  });
});
