import type { RichTextDoc } from '../model/rich-text';
import { escapeHtml } from './escape-html';
import {
  type BlockMapping,
  type InlineMapping,
  MARK_TYPES,
  type MarkMapping,
  mapBlock,
  mapInline,
} from './rich-text-mapping';

/** Clause rich text as an HTML fragment; every character of text is escaped. */
export function richTextToHtml(doc: RichTextDoc): string {
  return mapBlock(htmlBlocks, doc, undefined);
}

const htmlBlocks: BlockMapping<string, undefined> = {
  doc: (node) => node.content.map((block) => mapBlock(htmlBlocks, block, undefined)).join('\n'),
  // Empty paragraphs are editing leftovers; every other export leaves them out too.
  paragraph: (node) =>
    node.content?.length
      ? `<p>${node.content.map((child) => mapInline(htmlInline, child)).join('')}</p>`
      : '',
  bulletList: (node) =>
    `<ul>${node.content.map((item) => mapBlock(htmlBlocks, item, undefined)).join('')}</ul>`,
  orderedList: (node) => {
    const start = node.attrs?.start ?? 1;
    const items = node.content.map((item) => mapBlock(htmlBlocks, item, undefined)).join('');
    return start === 1 ? `<ol>${items}</ol>` : `<ol start="${start}">${items}</ol>`;
  },
  listItem: (node) =>
    `<li>${node.content.map((block) => mapBlock(htmlBlocks, block, undefined)).join('')}</li>`,
};

const markTags: MarkMapping<string> = { bold: 'strong', italic: 'em' };

const htmlInline: InlineMapping<string> = {
  text: (node) =>
    MARK_TYPES.filter((type) => node.marks?.some((mark) => mark.type === type))
      .reverse()
      .reduce(
        (html, type) => `<${markTags[type]}>${html}</${markTags[type]}>`,
        escapeHtml(node.text),
      ),
  hardBreak: () => '<br>',
};
