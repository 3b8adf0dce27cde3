import type { InlineNode, RichTextDoc, TextNode } from '../model/rich-text';
import { locateTextblock } from './locate-textblock';
import { nodeSize } from './node-size';

/**
 * The document with the content between the ProseMirror positions `from` and `to` replaced by
 * `text`, which takes the marks of the first character replaced. Every other node keeps its text
 * and marks; emptied text nodes go and neighbours with the same marks join, as ProseMirror keeps
 * them. Undefined when the range does not lie within one paragraph.
 */
export function replaceTextRange(
  body: RichTextDoc,
  from: number,
  to: number,
  text: string,
): RichTextDoc | undefined {
  const located = locateTextblock(body, from, to);
  if (!located) return undefined;
  const { paragraph, contentStart, replace } = located;
  const start = from - contentStart;
  const end = to - contentStart;
  const before: InlineNode[] = [];
  const after: InlineNode[] = [];
  let first: InlineNode | undefined;
  let offset = 0;
  for (const node of paragraph.content ?? []) {
    const nodeEnd = offset + nodeSize(node);
    if (nodeEnd <= start) before.push(node);
    else if (offset >= end) after.push(node);
    else {
      first ??= node;
      if (node.type === 'text') {
        before.push({ ...node, text: node.text.slice(0, Math.max(0, start - offset)) });
        after.push({ ...node, text: node.text.slice(Math.max(0, end - offset)) });
      }
    }
    offset = nodeEnd;
  }
  const marks = first?.type === 'text' && first.marks ? { marks: first.marks } : {};
  const inserted: TextNode = { type: 'text', text, ...marks };
  const content = joinNeighbours([...before, inserted, ...after]);
  const { content: _replaced, ...emptyParagraph } = paragraph;
  // An empty paragraph has no content key, as Tiptap writes it.
  return replace(content.length === 0 ? emptyParagraph : { ...emptyParagraph, content });
}

function joinNeighbours(nodes: readonly InlineNode[]): InlineNode[] {
  const joined: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue;
    const last = joined.at(-1);
    if (last?.type === 'text' && node.type === 'text' && sameMarks(last, node))
      joined[joined.length - 1] = { ...last, text: last.text + node.text };
    else joined.push(node);
  }
  return joined;
}

function sameMarks(a: TextNode, b: TextNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}
