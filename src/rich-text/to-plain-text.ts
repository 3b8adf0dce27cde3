import type { InlineNode, RichTextDoc } from '../model/rich-text';
import { type InlineMapping, mapInline } from './rich-text-mapping';
import { layoutText } from './text-layout';

/**
 * Clause rich text as plain text: paragraphs separated by blank lines, list items as `- ` and
 * `1. ` lines, bold and italic dropped. For e-mails, search and comparing exports with readers.
 */
export function richTextToPlainText(doc: RichTextDoc): string {
  return layoutText(doc, plainLines);
}

const plainInline: InlineMapping<string> = {
  text: (node) => node.text,
  hardBreak: () => '\n',
};

/** One paragraph's inline content as plain-text lines; a paragraph of blanks has none. */
export function plainLines(content: readonly InlineNode[]): string[] {
  // Line breaks at the very end show nothing: they would only add blank lines.
  const text = content
    .map((node) => mapInline(plainInline, node))
    .join('')
    .replace(/[\r\n]+$/, '');
  return text.trim() === '' ? [] : text.split(/\r\n?|\n/);
}
