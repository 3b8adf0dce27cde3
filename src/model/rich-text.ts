import { z } from 'zod';

/**
 * Clause bodies are ProseMirror/Tiptap JSON restricted to the nodes every exporter knows.
 * Anything else (pasted tables, images, scripts) is rejected at load, never silently kept.
 */

export type Mark = { type: 'bold' } | { type: 'italic' };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
}
export type BlockNode = ParagraphNode | BulletListNode | OrderedListNode;

export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

/** Every node type a clause body may hold; exporters map each one (see export/). */
export type RichTextNodeType =
  RichTextDoc['type'] | BlockNode['type'] | ListItemNode['type'] | InlineNode['type'];

export const MarkSchema: z.ZodType<Mark> = z.union([
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
]);

export const TextNodeSchema: z.ZodType<TextNode> = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(MarkSchema).optional(),
});

export const InlineNodeSchema: z.ZodType<InlineNode> = z.union([
  TextNodeSchema,
  z.object({ type: z.literal('hardBreak') }),
]);

export const ParagraphNodeSchema: z.ZodType<ParagraphNode> = z.object({
  type: z.literal('paragraph'),
  content: z.array(InlineNodeSchema).optional(),
});

export const ListItemNodeSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(BlockNodeSchema).min(1) }),
);

export const BlockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    ParagraphNodeSchema,
    z.object({ type: z.literal('bulletList'), content: z.array(ListItemNodeSchema).min(1) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).optional() }).optional(),
      content: z.array(ListItemNodeSchema).min(1),
    }),
  ]),
);

export const RichTextDocSchema: z.ZodType<RichTextDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(BlockNodeSchema),
});
