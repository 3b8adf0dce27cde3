import type { InlineNode, RichTextDoc } from '../model/rich-text';
import { type MarkedText, writeMarkdownLine } from './markdown-line';
import { type InlineMapping, MARK_TYPES, mapInline } from './rich-text-mapping';
import { layoutText } from './text-layout';

/**
 * Writes clause rich text in the Markdown subset of docs/rich-text-markdown.md, which
 * `parseMarkdown` reads back to the same document, except that white space at the start or end
 * of a line is dropped, as Markdown does, and bold or italic never starts or ends on white space.
 */
export function richTextToMarkdown(doc: RichTextDoc): string {
  return layoutText(doc, markdownLines);
}

const LINE_BREAK = 'line-break';

const markdownInline: InlineMapping<MarkedText | typeof LINE_BREAK> = {
  // A line break inside a text node would read as a space: write the space.
  text: (node) => ({
    text: node.text.replace(/\r\n?|\n/g, ' '),
    marks: MARK_TYPES.filter((type) => node.marks?.some((mark) => mark.type === type)),
  }),
  hardBreak: () => LINE_BREAK,
};

function markdownLines(content: readonly InlineNode[]): string[] {
  const lines: MarkedText[][] = [[]];
  for (const piece of content.map((node) => mapInline(markdownInline, node))) {
    if (piece === LINE_BREAK) lines.push([]);
    else lines[lines.length - 1]?.push(piece);
  }
  const written = lines.map(writeMarkdownLine);
  // A backslash at the very end of a paragraph is text, not a break: trailing breaks go, and
  // so does white space at the end, which Markdown drops.
  while (written.length > 0 && written[written.length - 1]?.trim() === '') written.pop();
  return written.map((line, index) => (index < written.length - 1 ? `${line}\\` : line.trimEnd()));
}
