import type { InlineNode, RichTextDoc } from '../model/rich-text';
import { layoutText } from '../rich-text/text-layout';
import { plainLines } from '../rich-text/to-plain-text';

/** A character of a clause's text: which paragraph, which text node, where in its text. */
export interface InlinePosition {
  /** The paragraph's inline content, the very array the clause body holds. */
  paragraph: readonly InlineNode[];
  /** The text node's index in `paragraph`. */
  node: number;
  /** Where in the node's text, in UTF-16 code units. */
  offset: number;
}

/** Marks where a paragraph's own text starts in a laid-out line; never in a clause's text. */
const LINE_START = '\uffff';

/**
 * For each character of the clause's anchor text (`anchorText`), the text-node character it
 * comes from, or null for what the layout adds: list markers and the space between blocks. It
 * lets an exporter put a comment around exactly the passage its anchor offsets name. Built on
 * the same layout as `anchorText`, so both always agree.
 */
export function anchorTextPositions(body: RichTextDoc): (InlinePosition | null)[] {
  const lineSources: (InlinePosition | null)[][] = [];
  const laidOut = layoutText(body, (content) => {
    const lines = plainLines(content);
    lineSources.push(...linesSources(content, lines));
    return lines.map((line) => LINE_START + line);
  });
  const characters: { character: string; source: InlinePosition | null }[] = [];
  for (const [index, line] of laidOut.split('\n').entries()) {
    if (index > 0) characters.push({ character: '\n', source: null });
    const start = line.indexOf(LINE_START);
    const sources = start < 0 ? [] : (lineSources.shift() ?? []);
    for (const [at, character] of line.replace(LINE_START, '').split('').entries()) {
      const own = start >= 0 && at >= start;
      characters.push({ character, source: own ? (sources[at - start] ?? null) : null });
    }
  }
  return collapseWhiteSpace(characters);
}

/** The source of each character of each line `plainLines` wrote for one paragraph. */
function linesSources(
  content: readonly InlineNode[],
  lines: readonly string[],
): (InlinePosition | null)[][] {
  const sources: (InlinePosition | null)[] = content.flatMap((node, index) =>
    node.type === 'text'
      ? Array.from({ length: node.text.length }, (_, offset) => ({
          paragraph: content,
          node: index,
          offset,
        }))
      : [null],
  );
  const joined = content.map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  let at = 0;
  return lines.map((line) => {
    const lineSources = sources.slice(at, at + line.length);
    at += line.length;
    at += joined.startsWith('\r\n', at) ? 2 : 1;
    return lineSources;
  });
}

/** White space collapsed and trimmed as `normalizeQuote` does, each kept character with its source. */
function collapseWhiteSpace(
  characters: readonly { character: string; source: InlinePosition | null }[],
): (InlinePosition | null)[] {
  const kept: { blank: boolean; source: InlinePosition | null }[] = [];
  for (const { character, source } of characters) {
    const blank = /\s/.test(character);
    const previous = kept[kept.length - 1];
    if (blank && (!previous || previous.blank)) continue;
    kept.push({ blank, source });
  }
  if (kept[kept.length - 1]?.blank) kept.pop();
  return kept.map(({ source }) => source);
}
