import type { BlockNode, ListItemNode, RichTextDoc } from '../model/rich-text';
import { nodeSize } from '../rich-text/node-size';
import {
  type BlockMapping,
  type InlineMapping,
  mapBlock,
  mapInline,
} from '../rich-text/rich-text-mapping';

/**
 * A clause's anchor text and, for each of its characters, the ProseMirror position just before
 * it in the document Tiptap builds from the same JSON; null for a character the document does not
 * hold: a list marker, or a space that stands for a block separation or a hard break.
 */
export interface AnchorTextMap {
  text: string;
  positions: readonly (number | null)[];
}

/**
 * The one definition of the anchor text (see `anchorText`). It is the plain text of
 * `richTextToPlainText` with its white space folded: there, blank lines, indents, skipped empty
 * paragraphs and dropped trailing breaks are all white space, so only the words and the list
 * markers are left to lay out here, and they must not change — users' files store offsets and
 * context in this text.
 */
export function anchorTextMap(body: RichTextDoc): AnchorTextMap {
  const glyphs: Glyph[] = [];
  mapBlock(layout, body, { glyphs, at: 0, firstNumber: 1 });
  return foldWhiteSpace(glyphs);
}

/**
 * Where the passage of `length` characters from `offset` lies in the document: from its first
 * character the document holds to just after its last; null when it holds none of them.
 */
export function passageRange(
  map: AnchorTextMap,
  offset: number,
  length: number,
): { from: number; to: number } | null {
  const held = map.positions
    .slice(offset, offset + length)
    .filter((position): position is number => position !== null);
  const first = held[0];
  const last = held.at(-1);
  if (first === undefined || last === undefined) return null;
  return { from: first, to: last + 1 };
}

/** A character of the laid-out text before its white space is folded. */
interface Glyph {
  char: string;
  position: number | null;
}

/** White space between blocks, items, markers and lines: never a character of the document. */
const SEPARATOR: Glyph = { char: '\n', position: null };

interface Layout {
  glyphs: Glyph[];
  /** The position where the node starts. */
  at: number;
  /** The number of an ordered list's first item. */
  firstNumber: number;
}

const layout: BlockMapping<void, Layout> = {
  doc: (node, context) => layBlocks(node.content, context),
  paragraph: (node, { glyphs, at }) => {
    let position = at + 1;
    for (const inline of node.content ?? []) {
      glyphs.push(...mapInline(inlineLayout, inline)(position));
      position += nodeSize(inline);
    }
    glyphs.push(SEPARATOR);
  },
  bulletList: (node, context) => layItems(node.content, () => '-', context),
  orderedList: (node, context) =>
    layItems(node.content, (index) => `${context.firstNumber + index}.`, context),
  listItem: (node, context) => layBlocks(node.content, { ...context, at: context.at + 1 }),
};

/** An inline node's glyphs, given the position where it starts. */
const inlineLayout: InlineMapping<(at: number) => Glyph[]> = {
  text: (node) => (at) =>
    node.text.split('').map((char, index) => ({ char, position: at + index })),
  hardBreak: () => () => [SEPARATOR],
};

function layBlocks(blocks: readonly BlockNode[], { glyphs, at }: Layout): void {
  let position = at;
  let previous: BlockNode | undefined;
  let number = 1;
  for (const block of blocks) {
    // Neighbouring lists of one kind read as one list (text-layout.ts): the numbers go on.
    if (block.type === 'orderedList' && previous?.type !== 'orderedList')
      number = block.attrs?.start ?? 1;
    mapBlock(layout, block, { glyphs, at: position, firstNumber: number });
    if (block.type === 'orderedList') number += block.content.length;
    position += nodeSize(block);
    previous = block;
  }
}

function layItems(
  items: readonly ListItemNode[],
  marker: (index: number) => string,
  { glyphs, at }: Layout,
): void {
  let position = at + 1;
  items.forEach((item, index) => {
    glyphs.push(...[...marker(index)].map((char) => ({ char, position: null })), SEPARATOR);
    mapBlock(layout, item, { glyphs, at: position, firstNumber: 1 });
    position += nodeSize(item);
  });
}

/**
 * Each run of white space made one space, as `normalizeQuote` does, none at either end. The
 * space keeps a position only when the whole run is the document's own text.
 */
function foldWhiteSpace(glyphs: readonly Glyph[]): AnchorTextMap {
  let text = '';
  const positions: (number | null)[] = [];
  let run: Glyph[] = [];
  for (const glyph of glyphs) {
    if (/\s/.test(glyph.char)) {
      run.push(glyph);
      continue;
    }
    if (run.length > 0 && text !== '') {
      text += ' ';
      positions.push(
        run.every((space) => space.position !== null) ? (run[0]?.position ?? null) : null,
      );
    }
    run = [];
    text += glyph.char;
    positions.push(glyph.position);
  }
  return { text, positions };
}
