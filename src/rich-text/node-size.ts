import type { BlockNode, InlineNode, ListItemNode } from '../model/rich-text';

/**
 * How many positions a node takes in the ProseMirror document Tiptap builds from the same JSON:
 * a text node one per UTF-16 code unit, a hard break one, any other node its content plus an
 * opening and a closing token.
 */
export function nodeSize(node: BlockNode | ListItemNode | InlineNode): number {
  switch (node.type) {
    case 'text':
      return node.text.length;
    case 'hardBreak':
      return 1;
    case 'paragraph':
      return 2 + contentSize(node.content ?? []);
    default:
      return 2 + contentSize(node.content);
  }
}

function contentSize(content: readonly (BlockNode | ListItemNode | InlineNode)[]): number {
  return content.reduce((size, child) => size + nodeSize(child), 0);
}
