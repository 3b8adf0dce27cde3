import { describe, expect, it } from 'vitest';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import type { BlockNode, InlineNode, ListItemNode, RichTextDoc } from '../model/rich-text';
import { parseMarkdown } from './from-markdown';
import { br, bullets, doc, item, numbered, p, text } from './test-support/rich-text-builders';
import { richTextToMarkdown } from './to-markdown';

const md = (...content: BlockNode[]): string => richTextToMarkdown(doc(...content));

describe('richTextToMarkdown: blocks', () => {
  it('separates paragraphs with a blank line and leaves out empty ones', () => {
    expect(md(p(text('Un.')), p(), p(text('Deux.')))).toBe('Un.\n\nDeux.');
    expect(md(p())).toBe('');
  });

  it('writes hard breaks as a backslash at the end of the line, except at the very end', () => {
    expect(md(p(text('Ligne 1'), br, text('Ligne 2'), br, br))).toBe('Ligne 1\\\nLigne 2');
    expect(md(p(br, text('après'), br, br, text('fin')))).toBe('\\\naprès\\\n\\\nfin');
  });

  it('writes bullet and ordered lists, nested by the marker width', () => {
    expect(
      md(
        bullets(
          item(p(text('a')), bullets(item(p(text('b')), numbered(1, item(p(text('c'))))))),
          item(p(text('d'))),
        ),
      ),
    ).toBe('- a\n  - b\n    1. c\n- d');
    expect(
      md(numbered(9, item(p(text('neuf'))), item(p(text('dix')), bullets(item(p(text('x'))))))),
    ).toBe('9. neuf\n10. dix\n    - x');
  });

  it('writes items with several blocks indented, with a blank line where a list could not interrupt', () => {
    expect(md(bullets(item(p(text('un')), p(text('deux'))), item(p(text('trois')))))).toBe(
      '- un\n\n  deux\n- trois',
    );
    expect(md(bullets(item(p(text('voir')), numbered(3, item(p(text('trois')))))))).toBe(
      '- voir\n\n  3. trois',
    );
    expect(md(p(text('Intro :')), bullets(item(p(text('a')))))).toBe('Intro :\n\n- a');
  });

  it('writes an ordered list without start from 1, and an empty item as a bare marker', () => {
    expect(md({ type: 'orderedList', content: [item(p(text('a'))), item(p())] })).toBe('1. a\n2.');
  });
});

describe('richTextToMarkdown: escaping', () => {
  it('escapes markup characters everywhere so names stay text', () => {
    expect(md(p(text('Société Dupré & Fils <SA> *x* _y_ `z` [lien] C:\\dossier')))).toBe(
      'Société Dupré & Fils \\<SA> \\*x\\* \\_y\\_ \\`z\\` \\[lien\\] C:\\\\dossier',
    );
  });

  it('escapes & only where it would start an entity, and < only where it would start a tag or an autolink', () => {
    const unescaped = 'R&D & co, AT&T, &;, &#; a < b, <3, << >, <= 10, <-, <@x, <.5';
    expect(md(p(text(unescaped)))).toBe(unescaped);
    expect(md(p(text('&amp; &#38; &#x26; &copy; x&nbsp;y')))).toBe(
      '\\&amp; \\&#38; \\&#x26; \\&copy; x\\&nbsp;y',
    );
    expect(
      md(p(text('<SA> </p> <!-- x --> <?php <https://x.fr> <jean.dupont@x.fr> <1@x.fr>'))),
    ).toBe('\\<SA> \\</p> \\<!-- x --> \\<?php \\<https://x.fr> \\<jean.dupont@x.fr> \\<1@x.fr>');
  });

  it('looks past marks for what follows & and <', () => {
    expect(md(p(text('&'), text('amp;', 'bold'), text(' <'), text('b', 'italic'), text('>')))).toBe(
      '\\&**amp;** \\<*b*>',
    );
    expect(md(p(text('& '), text('amp;', 'bold')))).toBe('& **amp;**');
  });

  it('escapes what a CommonMark or GFM renderer would read as entities, fences, strikethrough or tables', () => {
    const lines = ['~~~', '| a | b |', '|---|---|', '&amp; &#38; &copy;', 'a ~~barré~~ ~b~'];
    const content = lines.flatMap((line, index) => (index === 0 ? [text(line)] : [br, text(line)]));
    expect(md(p(...content))).toBe(
      [
        '\\~\\~\\~',
        '\\| a \\| b \\|',
        '\\|---\\|---\\|',
        '\\&amp; \\&#38; \\&copy;',
        'a \\~\\~barré\\~\\~ \\~b\\~',
      ].join('\\\n'),
    );
  });

  it('escapes what would start a heading, quote, list or rule at the start of each line only', () => {
    const lines = [
      '#MonEntreprise',
      '> cité',
      '- tiret',
      '+ plus',
      '===',
      '1. un',
      '2024) an',
      'a - b # c 1. d',
    ];
    const content = lines.flatMap((line, index) => (index === 0 ? [text(line)] : [br, text(line)]));
    expect(md(p(...content))).toBe(
      [
        '\\#MonEntreprise',
        '\\> cité',
        '\\- tiret',
        '\\+ plus',
        '\\===',
        '1\\. un',
        '2024\\) an',
        'a - b # c 1. d',
      ].join('\\\n'),
    );
  });

  it('does not escape a line start that follows an emphasis delimiter', () => {
    expect(md(p(text('# gras', 'bold')))).toBe('**# gras**');
  });
});

describe('richTextToMarkdown: emphasis', () => {
  it('writes bold, italic and both', () => {
    expect(
      md(
        p(
          text('a '),
          text('gras', 'bold'),
          text(' '),
          text('penché', 'italic'),
          text(' '),
          text('les deux', 'bold', 'italic'),
        ),
      ),
    ).toBe('a **gras** *penché* ***les deux***');
  });

  it('moves white space outside the delimiters', () => {
    expect(md(p(text('Il est '), text(' important ', 'bold'), text('de lire.')))).toBe(
      'Il est  **important** de lire.',
    );
    expect(md(p(text('x'), text('\u00a0:', 'italic')))).toBe('x\u00a0*:*');
    expect(md(p(text('a'), text('   ', 'bold'), text('b')))).toBe('a   b');
  });

  it('keeps a mark open across text that adds another mark', () => {
    expect(
      md(p(text('gras ', 'bold'), text('et penché', 'bold', 'italic'), text(' gras', 'bold'))),
    ).toBe('**gras *et penché* gras**');
    expect(md(p(text('penché ', 'italic'), text('les deux', 'bold', 'italic')))).toBe(
      '*penché **les deux***',
    );
  });

  it('moves punctuation outside emphasis where a delimiter could not open or close next to it', () => {
    expect(md(p(text("L'", 'bold'), text('entreprise')))).toBe("**L**'entreprise");
    expect(md(p(text('mot'), text('«\u00a0citation\u00a0»', 'italic'), text('s')))).toBe(
      'mot«\u00a0*citation*\u00a0»s',
    );
    expect(md(p(text('« '), text('citation', 'italic'), text(' »')))).toBe('« *citation* »');
  });

  it('closes emphasis before a hard break and reopens it after', () => {
    expect(md(p(text('un', 'bold'), br, text('deux', 'bold')))).toBe('**un**\\\n**deux**');
  });

  it('trims white space at the start of lines and the end of the paragraph', () => {
    expect(md(p(text('   - pas une liste  ')))).toBe('\\- pas une liste');
    expect(md(p(text('a '), br, text('  b')))).toBe('a \\\nb');
  });

  it('writes line breaks inside a text node as spaces', () => {
    expect(md(p(text('un\ndeux')))).toBe('un deux');
  });
});

describe.skipIf(!requireTool('pandoc'))('richTextToMarkdown read by pandoc as CommonMark', () => {
  it('shows text that looks like markup as typed: no tag, entity, link or emphasis', async () => {
    const lines = [
      'Société Dupré & Fils <SA>, R&D, AT&T',
      '&amp; &#38; &#x26; &copy; x&nbsp;y &; &#;',
      '<b>gras</b> </p> <!-- note --> <?php ?> <![CDATA[x]]> <!DOCTYPE html>',
      '<https://exemple.fr> <jean.dupont@exemple.fr> <1@exemple.fr>',
      'a < b, <3, << >, <= 10, <-, <@x',
      '*x* _y_ `z` [lien](https://exemple.fr) C:\\dossier',
    ];
    const markdown = md(
      p(...lines.flatMap((line, index) => (index === 0 ? [text(line)] : [br, text(line)]))),
    );
    const plain = await runTool(
      'pandoc',
      ['--from', 'commonmark', '--to', 'plain', '--wrap', 'none'],
      { input: markdown },
    );
    expect(plain.trimEnd().split('\n')).toEqual(lines);
  });
});

describe('richTextToMarkdown → parseMarkdown', () => {
  it('reads back what it writes, node for node', () => {
    const samples = [
      doc(p(text('Société Dupré & Fils <SA> '), text('**', 'bold'), text(' C:\\x\\'))),
      doc(p(text('#1 - '), text('fin', 'italic'), br, text('- 2. = > +'))),
      doc(
        p(
          text('a '),
          text('b', 'bold'),
          text(' c '),
          text('d', 'italic'),
          text('e', 'bold', 'italic'),
          text(' '),
          text('f', 'bold'),
        ),
      ),
      doc(
        p(
          text('a', 'bold', 'italic'),
          text('b', 'italic'),
          text(' '),
          text('c', 'bold'),
          text('d', 'bold', 'italic'),
        ),
      ),
      doc(p(text('x', 'bold'), text('y', 'italic'))),
      doc(p(text('x', 'bold'), text('y', 'bold', 'italic'), text('z', 'bold'))),
      doc(
        p(text('Intro')),
        bullets(
          item(p(text('a')), numbered(2, item(p(text('b'))))),
          item(p(text('c')), p(text('d'))),
        ),
        numbered(10, item(p(text('dix'), br, text('suite')), bullets(item(p(text('e')))))),
      ),
      doc(p(text('<script>alert(1)</script>'))),
      doc(p(text('R&D & co '), text('<1@x.fr>', 'bold'), text(' a < b &'), text('amp;', 'italic'))),
      doc(p(text('~~~js')), p(text('| a | b |'), br, text('|---|---|')), p(text('&amp; ~~x~~'))),
    ];
    for (const sample of samples) expect(parseMarkdown(richTextToMarkdown(sample))).toEqual(sample);
  });

  it('keeps every character of random documents, and never adds a mark', () => {
    const random = seededRandom(20260301);
    for (let run = 0; run < 500; run += 1) {
      const sample = randomDoc(random, '');
      const markdown = richTextToMarkdown(sample);
      const read = parseMarkdown(markdown);
      const context = `document ${JSON.stringify(sample)}\nmarkdown ${JSON.stringify(markdown)}`;
      const [before, after] = [visibleCharacters(sample), visibleCharacters(read)];
      expect(after.map(({ char }) => char).join(''), context).toBe(
        before.map(({ char }) => char).join(''),
      );
      after.forEach(({ marks }, index) => {
        for (const mark of marks) expect(before[index]?.marks, context).toContain(mark);
      });
      expect(richTextToMarkdown(read), context).toBe(markdown);
    }
  });

  it('keeps every mark when marks change at white space', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 500; run += 1) {
      const sample = randomDoc(random, ' ');
      const markdown = richTextToMarkdown(sample);
      const context = `document ${JSON.stringify(sample)}\nmarkdown ${JSON.stringify(markdown)}`;
      expect(visibleCharacters(parseMarkdown(markdown)), context).toEqual(
        visibleCharacters(sample),
      );
    }
  });

  it('drops a mark that crosses the end of another without white space between', () => {
    const crossing = doc(
      p(text('d', 'italic'), text('e', 'bold', 'italic'), text('f', 'bold'), text(' g', 'bold')),
    );
    expect(richTextToMarkdown(crossing)).toBe('*d**e***f **g**');
  });
});

/** Each character that is not white space, with its marks, and each line break that shows. */
function visibleCharacters(value: RichTextDoc): { char: string; marks: string[] }[] {
  const paragraphs: InlineNode[][] = [];
  const visit = (node: RichTextDoc | BlockNode | ListItemNode): void => {
    if (node.type === 'paragraph') paragraphs.push([...(node.content ?? [])]);
    else for (const child of node.content) visit(child);
  };
  visit(value);
  return paragraphs.flatMap((content) => {
    // Breaks and spaces at the end of a paragraph show nothing and are not written.
    const shows = (node: InlineNode): boolean => node.type === 'text' && node.text.trim() !== '';
    while (content.length > 0 && !shows(content[content.length - 1] as InlineNode)) content.pop();
    return content.flatMap((node) =>
      node.type === 'hardBreak'
        ? [{ char: '⏎', marks: [] }]
        : [...node.text]
            .filter((char) => /\S/u.test(char))
            .map((char) => ({ char, marks: (node.marks ?? []).map((mark) => mark.type).sort() })),
    );
  });
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const FRAGMENTS = [
  'a',
  'é',
  'mot',
  ' ',
  '  ',
  '\u00a0',
  '*',
  '**',
  '_',
  '\\',
  '#',
  '-',
  '+',
  '=',
  '>',
  '1.',
  '2)',
  '<',
  '[',
  ']',
  '`',
  '&',
  '&amp;',
  '#38;',
  'SA>',
  '/',
  '@',
  '~',
  '~~~',
  '|',
  '«',
  '»',
  ':',
  "'",
];

/** `separator` ends every text node, to keep mark changes at white space. */
function randomDoc(random: () => number, separator: string): RichTextDoc {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const inline = (): InlineNode[] =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, (): InlineNode => {
      if (random() < 0.1) return br;
      const value =
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(FRAGMENTS)).join('') +
        separator;
      return text(
        value,
        ...pick<('bold' | 'italic')[]>([[], [], ['bold'], ['italic'], ['bold', 'italic']]),
      );
    });
  const block = (depth: number): BlockNode => {
    const roll = random();
    if (depth > 2 || roll < 0.6) return p(...inline());
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      item(p(...inline()), ...(random() < 0.3 ? [block(depth + 1)] : [])),
    );
    return roll < 0.8 ? bullets(...items) : numbered(Math.floor(random() * 12), ...items);
  };
  return doc(...Array.from({ length: 1 + Math.floor(random() * 3) }, () => block(0)));
}
