import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  Mark,
  RichTextDoc,
  TextNode,
} from '../model/rich-text';

/**
 * Reads the Markdown subset of docs/rich-text-markdown.md into clause rich text. Only paragraphs,
 * hard breaks, bold, italic and lists are markup; every other character stays literal text, so
 * nothing in a template or an import can smuggle HTML, links or images into a charter.
 */
export function parseMarkdown(markdown: string): RichTextDoc {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(expandLeadingTabs);
  const content = parseBlocks(lines);
  // Tiptap's document always holds at least one block; an empty clause is one empty paragraph.
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

const TAB_WIDTH = 4;

function expandLeadingTabs(line: string): string {
  return line.replace(/^[ \t]+/, (indent) => {
    let width = 0;
    for (const char of indent)
      width = char === '\t' ? width + TAB_WIDTH - (width % TAB_WIDTH) : width + 1;
    return ' '.repeat(width);
  });
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface ListMarker {
  ordered: boolean;
  /** The item's number, for ordered lists. */
  number: number;
  /** Column where the item's content starts: continuation lines are indented this far. */
  contentIndent: number;
  /** The rest of the marker line. */
  firstLine: string;
}

const isBlank = (line: string): boolean => line.trim() === '';
const indentOf = (line: string): number => line.length - line.trimStart().length;

/** A list marker at the start of `line` (at most 3 spaces in), as CommonMark reads `- ` and `1. `. */
function readListMarker(line: string): ListMarker | null {
  const match = /^( {0,3})(-|(\d{1,9})\.)( +|$)/.exec(line);
  if (!match) return null;
  const [whole, indent = '', marker = '', digits, spaces = ''] = match;
  const rest = line.slice(whole.length);
  // Five or more spaces after the marker: the content starts after one, the rest is its indentation.
  const gap = rest === '' || spaces.length > 4 ? 1 : spaces.length;
  return {
    ordered: digits !== undefined,
    number: digits === undefined ? 0 : Number(digits),
    contentIndent: indent.length + marker.length + gap,
    firstLine: line.slice(indent.length + marker.length + gap),
  };
}

/** CommonMark lets a list interrupt a paragraph only when it cannot be mistaken for prose. */
function canInterruptParagraph(marker: ListMarker): boolean {
  return !isBlank(marker.firstLine) && (!marker.ordered || marker.number === 1);
}

function parseBlocks(lines: string[]): BlockNode[] {
  const blocks: BlockNode[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (isBlank(line)) {
      index += 1;
      continue;
    }
    const marker = readListMarker(line);
    if (marker) {
      index = parseList(lines, index, marker, blocks);
      continue;
    }
    const paragraph: string[] = [line];
    index += 1;
    while (index < lines.length) {
      const next = lines[index] ?? '';
      const nextMarker = readListMarker(next);
      if (isBlank(next) || (nextMarker && canInterruptParagraph(nextMarker))) break;
      paragraph.push(next);
      index += 1;
    }
    blocks.push(paragraphOf(paragraph));
  }
  return blocks;
}

/** Reads one list starting at `start`, appends it to `blocks` and returns the index after it. */
function parseList(lines: string[], start: number, first: ListMarker, blocks: BlockNode[]): number {
  const items: ListItemNode[] = [];
  let index = start;
  let marker: ListMarker | null = first;
  while (marker && marker.ordered === first.ordered) {
    const itemLines = [marker.firstLine];
    index += 1;
    while (index < lines.length) {
      const line = continuation(lines[index] ?? '', itemLines, marker, first.ordered);
      if (line === null) break;
      itemLines.push(line);
      index += 1;
    }
    // Trailing blank lines belong to what follows the item, not to the item.
    while (itemLines.length > 1 && isBlank(itemLines[itemLines.length - 1] ?? '')) {
      itemLines.pop();
      index -= 1;
    }
    const content = parseBlocks(itemLines);
    items.push({
      type: 'listItem',
      content: content.length > 0 ? content : [{ type: 'paragraph' }],
    });
    // Blank lines may separate items of one list.
    while (index < lines.length && isBlank(lines[index] ?? '')) index += 1;
    marker = index < lines.length ? readListMarker(lines[index] ?? '') : null;
  }
  blocks.push(
    first.ordered
      ? { type: 'orderedList', attrs: { start: first.number }, content: items }
      : { type: 'bulletList', content: items },
  );
  return index;
}

/** `line` as part of the current list item (without the item's indentation), or null if it ends the item. */
function continuation(
  line: string,
  itemLines: string[],
  item: ListMarker,
  ordered: boolean,
): string | null {
  if (isBlank(line)) return '';
  if (indentOf(line) >= item.contentIndent) return line.slice(item.contentIndent);
  // A marker starts a sibling item, or a new list when it could interrupt a paragraph.
  const marker = readListMarker(line);
  if (marker && (marker.ordered === ordered || canInterruptParagraph(marker))) return null;
  // A "lazy" line right after text, without indentation, still continues that paragraph.
  return isBlank(itemLines[itemLines.length - 1] ?? '') ? null : line;
}

function paragraphOf(lines: string[]): BlockNode {
  // Spaces around a line break are not content: a soft break reads as exactly one space.
  const text = lines
    .map((line, i) => (i === lines.length - 1 ? line.trim() : trimLine(line)))
    .join('\n');
  const content = parseInline(text);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Trims a line but keeps the spaces before a trailing backslash: they precede a hard break. */
function trimLine(line: string): string {
  const start = line.trimStart();
  return start.endsWith('\\') ? start : start.trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Inlines: text, hard breaks and `*` emphasis, following CommonMark's delimiter algorithm.

interface TextToken {
  kind: 'text';
  text: string;
}
interface BreakToken {
  kind: 'break';
}
interface DelimiterToken {
  kind: 'delimiter';
  /** Asterisks not yet used by a match; the rest stay literal. */
  count: number;
  /** The run's length as written, for CommonMark's "rule of three". */
  length: number;
  canOpen: boolean;
  canClose: boolean;
}
type Token = TextToken | BreakToken | DelimiterToken;

/** A matched pair of delimiters: tokens from `from` up to (not including) `to` take `mark`. */
interface Emphasis {
  from: number;
  to: number;
  mark: Mark['type'];
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

function parseInline(text: string): InlineNode[] {
  const tokens = tokenize(text);
  return toInlineNodes(tokens, matchEmphasis(tokens));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending !== '') tokens.push({ kind: 'text', text: pending });
    pending = '';
  };
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (char === '\\' && next === '\n') {
      flush();
      tokens.push({ kind: 'break' });
      index += 2;
    } else if (char === '\\' && ASCII_PUNCTUATION.test(next)) {
      pending += next;
      index += 2;
    } else if (char === '\n') {
      pending += ' ';
      index += 1;
    } else if (char === '*') {
      let end = index;
      while (text.charAt(end) === '*') end += 1;
      flush();
      tokens.push(delimiter(text, index, end));
      index = end;
    } else {
      pending += char;
      index += 1;
    }
  }
  flush();
  return tokens;
}

function delimiter(text: string, start: number, end: number): DelimiterToken {
  // The start and end of the paragraph count as white space.
  const before = start > 0 ? text.charAt(start - 1) : ' ';
  const after = end < text.length ? text.charAt(end) : ' ';
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const punctuationBefore = PUNCTUATION.test(before);
  const punctuationAfter = PUNCTUATION.test(after);
  return {
    kind: 'delimiter',
    count: end - start,
    length: end - start,
    canOpen: !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore),
    canClose: !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter),
  };
}

/** Pairs openers with closers (`**` bold, `*` italic), consuming the delimiters they use. */
function matchEmphasis(tokens: Token[]): Emphasis[] {
  const emphases: Emphasis[] = [];
  // Token indices of delimiters that may still open, in order.
  const openers: number[] = [];
  // Per kind of closer, the token index below which no opener can match it: keeps this linear.
  const openersBottom = new Map<string, number>();
  tokens.forEach((closer, closerIndex) => {
    if (closer.kind !== 'delimiter') return;
    const bottomKey = `${closer.canOpen}:${closer.length % 3}`;
    while (closer.canClose && closer.count > 0) {
      const stackIndex = findOpener(tokens, openers, openersBottom.get(bottomKey) ?? -1, closer);
      const openerIndex = openers[stackIndex];
      const opener = openerIndex === undefined ? undefined : tokens[openerIndex];
      if (openerIndex === undefined || opener?.kind !== 'delimiter') {
        // The closer itself may still open for a later closer.
        openersBottom.set(bottomKey, closerIndex - 1);
        break;
      }
      const used = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      emphases.push({
        from: openerIndex + 1,
        to: closerIndex,
        mark: used === 2 ? 'bold' : 'italic',
      });
      opener.count -= used;
      closer.count -= used;
      // Delimiters between a matched pair can no longer pair with anything outside it.
      openers.length = opener.count > 0 ? stackIndex + 1 : stackIndex;
    }
    if (closer.canOpen && closer.count > 0) openers.push(closerIndex);
  });
  return emphases;
}

/** The position in `openers` of the nearest opener that may pair with `closer`, or -1. */
function findOpener(
  tokens: Token[],
  openers: number[],
  bottom: number,
  closer: DelimiterToken,
): number {
  for (let i = openers.length - 1; i >= 0; i -= 1) {
    const tokenIndex = openers[i] ?? -1;
    if (tokenIndex <= bottom) break;
    const opener = tokens[tokenIndex];
    if (opener?.kind !== 'delimiter') continue;
    // CommonMark's rule of three: `*foo**bar*` must not pair `*` with `**`.
    const eitherBoth = opener.canClose || closer.canOpen;
    const sum = opener.length + closer.length;
    if (eitherBoth && sum % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0))
      continue;
    return i;
  }
  return -1;
}

const MARK_ORDER: readonly Mark['type'][] = ['bold', 'italic'];

function toInlineNodes(tokens: Token[], emphases: Emphasis[]): InlineNode[] {
  // How many matched pairs of each mark enclose each token, from a running sum of range ends.
  const depth = new Map(MARK_ORDER.map((mark) => [mark, new Int32Array(tokens.length + 1)]));
  for (const { from, to, mark } of emphases) {
    const counts = depth.get(mark);
    if (!counts) continue;
    counts[from] = (counts[from] ?? 0) + 1;
    counts[to] = (counts[to] ?? 0) - 1;
  }
  const running = new Map(MARK_ORDER.map((mark) => [mark, 0]));
  const nodes: InlineNode[] = [];
  tokens.forEach((token, index) => {
    for (const mark of MARK_ORDER)
      running.set(mark, (running.get(mark) ?? 0) + (depth.get(mark)?.[index] ?? 0));
    if (token.kind === 'break') {
      nodes.push({ type: 'hardBreak' });
      return;
    }
    // Unmatched asterisks are literal text.
    const text = token.kind === 'text' ? token.text : '*'.repeat(token.count);
    if (text === '') return;
    const marks = MARK_ORDER.filter((mark) => (running.get(mark) ?? 0) > 0).map((type): Mark => ({
      type,
    }));
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text' && sameMarks(last, marks)) {
      last.text += text;
      return;
    }
    const node: TextNode = { type: 'text', text };
    if (marks.length > 0) node.marks = marks;
    nodes.push(node);
  });
  return nodes;
}

function sameMarks(node: TextNode, marks: Mark[]): boolean {
  const own = node.marks ?? [];
  return own.length === marks.length && own.every((mark, i) => mark.type === marks[i]?.type);
}
