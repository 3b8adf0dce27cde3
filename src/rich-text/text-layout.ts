import type { BlockNode, InlineNode, RichTextDoc } from '../model/rich-text';
import { type BlockMapping, mapBlock } from './rich-text-mapping';

/** Writes a paragraph's inline content as lines of text (a hard break starts a new line). */
export type ParagraphLines = (content: readonly InlineNode[]) => string[];

/**
 * The block layout Markdown and plain text share (docs/rich-text-markdown.md): blank lines between
 * blocks, `- ` and `1. ` markers, and an item's following lines indented by its marker's width.
 */
export function layoutText(doc: RichTextDoc, paragraphLines: ParagraphLines): string {
  return mapBlock(textLayout, doc, paragraphLines).join('\n');
}

const textLayout: BlockMapping<string[], ParagraphLines> = {
  doc: (node, paragraphLines) => joinBlocks(node.content, paragraphLines, false),
  paragraph: (node, paragraphLines) => paragraphLines(node.content ?? []),
  bulletList: (node, paragraphLines) =>
    node.content.flatMap((item) => withMarker('- ', mapBlock(textLayout, item, paragraphLines))),
  orderedList: (node, paragraphLines) => {
    const start = node.attrs?.start ?? 1;
    return node.content.flatMap((item, index) =>
      withMarker(`${start + index}. `, mapBlock(textLayout, item, paragraphLines)),
    );
  },
  listItem: (node, paragraphLines) => joinBlocks(node.content, paragraphLines, true),
};

function joinBlocks(
  blocks: readonly BlockNode[],
  paragraphLines: ParagraphLines,
  inItem: boolean,
): string[] {
  const lines: string[] = [];
  let previous: BlockNode | undefined;
  for (const block of mergeNeighbourLists(blocks)) {
    const blockLines = mapBlock(textLayout, block, paragraphLines);
    // Markdown has no empty paragraph: it would vanish on reading anyway.
    if (blockLines.length === 0) continue;
    if (previous && !followsTightly(previous, block, blockLines, inItem)) lines.push('');
    lines.push(...blockLines);
    previous = block;
  }
  return lines;
}

/** Two lists of one kind in a row read as one list whatever separates them: write them as one. */
function mergeNeighbourLists(blocks: readonly BlockNode[]): BlockNode[] {
  const merged: BlockNode[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.type !== 'paragraph' && last.type === block.type) {
      merged[merged.length - 1] = { ...last, content: [...last.content, ...block.content] };
    } else merged.push(block);
  }
  return merged;
}

function followsTightly(
  previous: BlockNode,
  block: BlockNode,
  lines: readonly string[],
  inItem: boolean,
): boolean {
  // A nested list follows its item's text on the next line, as people write it, where CommonMark
  // lets a list interrupt a paragraph: not empty, and not an ordered list that starts after 1.
  const startsAtOne =
    block.type === 'bulletList' ||
    (block.type === 'orderedList' && (block.attrs?.start ?? 1) === 1);
  return (
    inItem && previous.type === 'paragraph' && startsAtOne && /^(?:-|\d+\.) ./.test(lines[0] ?? '')
  );
}

function withMarker(marker: string, lines: readonly string[]): string[] {
  const [first, ...rest] = lines;
  if (first === undefined) return [marker.trimEnd()];
  const indent = ' '.repeat(marker.length);
  return [marker + first, ...rest.map((line) => (line === '' ? '' : indent + line))];
}
