import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  Mark,
  RichTextDoc,
  RichTextNodeType,
} from '../model/rich-text';

/**
 * Exporters map every node type the way BlockNote's exporters do: the keys come from the model's
 * RichTextNodeType, so a node type added to the model breaks the build of each exporter until it
 * says how to write that node.
 */

export type InlineNodeType = InlineNode['type'];
export type BlockNodeType = Exclude<RichTextNodeType, InlineNodeType>;
export type RichTextBlock = RichTextDoc | BlockNode | ListItemNode;

type NodeOfType<T extends RichTextNodeType> = Extract<RichTextBlock | InlineNode, { type: T }>;

/** How one exporter writes each block-level node (the document, paragraphs, lists, list items). */
export type BlockMapping<Result, Context> = {
  readonly [T in BlockNodeType]: (node: NodeOfType<T>, context: Context) => Result;
};

/** How one exporter writes each inline node. */
export type InlineMapping<Result> = {
  readonly [T in InlineNodeType]: (node: NodeOfType<T>) => Result;
};

/** How one exporter writes each mark. */
export type MarkMapping<Result> = { readonly [T in Mark['type']]: Result };

/** A mapping, so that a mark added to the model cannot be left out of the list below. */
const MARKS: MarkMapping<true> = { bold: true, italic: true };

/** Marks in the order exporters apply them: bold outside italic, as `***both***` is read. */
export const MARK_TYPES = Object.keys(MARKS) as readonly Mark['type'][];

export function mapBlock<Result, Context>(
  mapping: BlockMapping<Result, Context>,
  node: RichTextBlock,
  context: Context,
): Result {
  // TypeScript cannot tie `node.type` to the handler's parameter; the mapped type does.
  const write = mapping[node.type] as (node: RichTextBlock, context: Context) => Result;
  return write(node, context);
}

export function mapInline<Result>(mapping: InlineMapping<Result>, node: InlineNode): Result {
  const write = mapping[node.type] as (node: InlineNode) => Result;
  return write(node);
}
