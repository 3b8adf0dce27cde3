import {
  AlignmentType,
  CommentRangeStart,
  type ILevelsOptions,
  LevelFormat,
  type NumberingDefinition,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { InlineNode, RichTextDoc, TextNode } from '../model/rich-text';
import {
  type BlockMapping,
  type InlineMapping,
  MARK_TYPES,
  type MarkMapping,
  mapBlock,
  mapInline,
} from '../rich-text/rich-text-mapping';
import { type CommentMarker, type CommentMarkers, commentEnd } from './docx-comments';

/**
 * The Word lists of one document: a bullet list definition, one definition per ordered-list start
 * number, and a new instance for each ordered list so that its numbering starts again.
 */
export class DocxLists {
  private readonly starts = new Set<number>();
  private instances = 0;

  /** The numbering definitions to give `new Document({ numbering: { config } })`. */
  definitions(): NumberingDefinition[] {
    const ordered = [...this.starts].map((start) => ({
      reference: orderedReference(start),
      levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start })),
    }));
    return [
      {
        reference: BULLETS,
        levels: levels((level) => ({ format: LevelFormat.BULLET, text: bulletOf(level) })),
      },
      ...ordered,
    ];
  }

  bullet(level: number): ListMarker {
    return { reference: BULLETS, level };
  }

  ordered(start: number, level: number): ListMarker {
    this.starts.add(start);
    this.instances += 1;
    return { reference: orderedReference(start), level, instance: this.instances };
  }
}

interface ListMarker {
  reference: string;
  level: number;
  instance?: number;
}

/**
 * Clause rich text as Word paragraphs: bold and italic runs, line breaks, real nested lists, and
 * the ranges of the Word comments given, if any.
 */
export function richTextToDocx(
  doc: RichTextDoc,
  lists: DocxLists,
  comments?: CommentMarkers,
  typeset: (text: string) => string = (text) => text,
): Paragraph[] {
  return mapBlock(docxBlocks, doc, { lists, depth: 0, comments, typeset });
}

interface DocxContext {
  lists: DocxLists;
  comments: CommentMarkers | undefined;
  /**
   * French spaces for each run (french-typography.ts), applied to the text as it is written:
   * comment markers find their paragraphs by the stored nodes, and keep their offsets.
   */
  typeset(text: string): string;
  /** How many lists enclose the node. */
  depth: number;
  /** The bullet or number of the list item whose first paragraph this is. */
  marker?: ListMarker;
}

const BULLETS = 'bullets';
const BULLET_CHARACTERS = ['•', '◦', '▪'];
/** Word's list indentation step, in twips (a quarter inch). */
const INDENT_STEP = 360;
const LIST_ITEM_SPACING = { after: 60 };

const orderedReference = (start: number): string => `ordered-from-${start}`;
const bulletOf = (level: number): string =>
  BULLET_CHARACTERS[level % BULLET_CHARACTERS.length] ?? '•';
const indentOf = (depth: number): number => INDENT_STEP * (depth + 1);

function levels(format: (level: number) => Omit<ILevelsOptions, 'level'>): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    alignment: AlignmentType.LEFT,
    ...format(level),
    style: { paragraph: { indent: { left: indentOf(level), hanging: INDENT_STEP } } },
  }));
}

const docxBlocks: BlockMapping<Paragraph[], DocxContext> = {
  doc: (node, context) => node.content.flatMap((block) => mapBlock(docxBlocks, block, context)),
  paragraph: (node, { depth, marker, comments, typeset }) => {
    const content = node.content ?? [];
    const markers = comments?.get(content);
    const children = markers
      ? commentedInline(content, markers, typeset)
      : content.map((child) => inlineRun(child, typeset));
    if (marker) return [new Paragraph({ children, numbering: marker, spacing: LIST_ITEM_SPACING })];
    // Empty paragraphs are editing leftovers; every other export leaves them out too.
    if (children.length === 0) return [];
    // A list item's following paragraphs line up with its text.
    return [
      new Paragraph(
        depth > 0
          ? { children, indent: { left: indentOf(depth - 1) }, spacing: LIST_ITEM_SPACING }
          : { children },
      ),
    ];
  },
  bulletList: (node, context) =>
    node.content.flatMap((item) =>
      mapBlock(docxBlocks, item, {
        ...context,
        depth: context.depth + 1,
        marker: context.lists.bullet(context.depth),
      }),
    ),
  orderedList: (node, context) => {
    const marker = context.lists.ordered(node.attrs?.start ?? 1, context.depth);
    return node.content.flatMap((item) =>
      mapBlock(docxBlocks, item, { ...context, depth: context.depth + 1, marker }),
    );
  },
  listItem: (node, { marker, ...context }) => {
    // An item that starts with a nested list still shows its own bullet or number.
    const lead =
      marker && node.content[0]?.type !== 'paragraph' ? [new Paragraph({ numbering: marker })] : [];
    return [
      ...lead,
      ...node.content.flatMap((block, index) =>
        mapBlock(
          docxBlocks,
          block,
          index === 0 && lead.length === 0 ? { ...context, marker } : context,
        ),
      ),
    ];
  },
};

const markRuns: MarkMapping<{ bold?: boolean; italics?: boolean }> = {
  bold: { bold: true },
  italic: { italics: true },
};

/** A run of the node's text, or of a part of it, with the node's bold and italic. */
function textRun(node: TextNode, text: string): TextRun {
  return new TextRun(
    MARK_TYPES.filter((type) => node.marks?.some((mark) => mark.type === type)).reduce(
      (options, type) => ({ ...options, ...markRuns[type] }),
      { text },
    ),
  );
}

function inlineRun(node: InlineNode, typeset: (text: string) => string): TextRun {
  const docxInline: InlineMapping<TextRun> = {
    text: (text) => textRun(text, typeset(text.text)),
    hardBreak: () => new TextRun({ break: 1 }),
  };
  return mapInline(docxInline, node);
}

/** Inline content with comment ranges: a text node is split into runs where a range starts or ends. */
function commentedInline(
  content: readonly InlineNode[],
  markers: readonly CommentMarker[],
  typeset: (text: string) => string,
): ParagraphChild[] {
  const ordered = [...markers].sort(markerOrder);
  return content.flatMap((node, index) => {
    if (node.type !== 'text') return [inlineRun(node, typeset)];
    const text = typeset(node.text);
    const children: ParagraphChild[] = [];
    let at = 0;
    for (const marker of ordered.filter((candidate) => candidate.node === index)) {
      if (marker.offset > at) children.push(textRun(node, text.slice(at, marker.offset)));
      at = Math.max(at, marker.offset);
      children.push(
        ...(marker.kind === 'start' ? [new CommentRangeStart(marker.id)] : commentEnd(marker.id)),
      );
    }
    if (at < text.length) children.push(textRun(node, text.slice(at)));
    return children;
  });
}

/** By place; at one place ranges end before others start, and a thread's replies nest inside it. */
function markerOrder(a: CommentMarker, b: CommentMarker): number {
  if (a.node !== b.node) return a.node - b.node;
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.kind !== b.kind) return a.kind === 'end' ? -1 : 1;
  return a.kind === 'start' ? a.id - b.id : b.id - a.id;
}
