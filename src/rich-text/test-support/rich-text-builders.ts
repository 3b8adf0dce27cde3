import type {
  BlockNode,
  HardBreakNode,
  ListItemNode,
  Mark,
  ParagraphNode,
  RichTextDoc,
  TextNode,
} from '../../model/rich-text';

/** Short builders for clause rich text in tests: `doc(p(text('a '), bold('b')), bullets(item(p(text('c')))))`. */

export const text = (value: string, ...marks: Mark['type'][]): TextNode =>
  marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };

export const bold = (value: string): TextNode => text(value, 'bold');

export const italic = (value: string): TextNode => text(value, 'italic');

export const br: HardBreakNode = { type: 'hardBreak' };

/** A paragraph; without content it is an empty one, as Tiptap writes it (no `content` key). */
export const p = (...content: (TextNode | HardBreakNode)[]): ParagraphNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };

export const item = (...content: BlockNode[]): ListItemNode => ({ type: 'listItem', content });

export const bullets = (...items: ListItemNode[]): BlockNode => ({
  type: 'bulletList',
  content: items,
});

export const numbered = (start: number, ...items: ListItemNode[]): BlockNode => ({
  type: 'orderedList',
  attrs: { start },
  content: items,
});

export const doc = (...content: BlockNode[]): RichTextDoc => ({ type: 'doc', content });
