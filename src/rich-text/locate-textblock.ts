import type { BlockNode, ParagraphNode, RichTextDoc } from '../model/rich-text';
import { nodeSize } from './node-size';

/** The paragraph that holds a range of ProseMirror positions, and how to put it back changed. */
export interface LocatedTextblock {
  paragraph: ParagraphNode;
  /** The position where the paragraph's content starts. */
  contentStart: number;
  /** The document with this paragraph replaced, every other node kept as it was. */
  replace: (paragraph: ParagraphNode) => RichTextDoc;
}

/**
 * The paragraph whose content holds the whole range from `from` to `to` (positions as in
 * `anchorTextMap`), or undefined when the range crosses into another block.
 */
export function locateTextblock(
  body: RichTextDoc,
  from: number,
  to: number,
): LocatedTextblock | undefined {
  return locateIn(body.content, 0, { from, to }, (content) => ({ ...body, content }));
}

function locateIn(
  blocks: readonly BlockNode[],
  start: number,
  range: { from: number; to: number },
  rebuild: (blocks: BlockNode[]) => RichTextDoc,
): LocatedTextblock | undefined {
  let at = start;
  for (const [index, block] of blocks.entries()) {
    const end = at + nodeSize(block);
    // Strictly inside: the range lies between this block's opening and closing tokens.
    if (range.from > at && range.to < end) {
      const replaceBlock = (changed: BlockNode) => rebuild(blocks.with(index, changed));
      if (block.type === 'paragraph') {
        return { paragraph: block, contentStart: at + 1, replace: replaceBlock };
      }
      let itemAt = at + 1;
      for (const [itemIndex, item] of block.content.entries()) {
        const found = locateIn(item.content, itemAt + 1, range, (content) =>
          replaceBlock({ ...block, content: block.content.with(itemIndex, { ...item, content }) }),
        );
        if (found) return found;
        itemAt += nodeSize(item);
      }
      return undefined;
    }
    at = end;
  }
  return undefined;
}
