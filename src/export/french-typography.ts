import type { Language } from '../model/language';
import type { BlockNode, InlineNode, RichTextDoc } from '../model/rich-text';

const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

/**
 * French typography for what a reader sees, never for what is stored or fingerprinted: the
 * space an author typed before « ; ! ? » becomes a narrow no-break space, before « : » and inside
 * « » a no-break space (Imprimerie nationale), so that no line starts with the punctuation.
 * Each replaced character is a space and its replacement one character: offsets into the text
 * (Word comment ranges) stay true. English text is returned as it is.
 */
export function typesetText(text: string, language: Language): string {
  if (language !== 'fr') return text;
  return text
    .replace(/[ \u00a0\u202f](?=[;!?])/g, NARROW_NO_BREAK_SPACE)
    .replace(/[ \u202f](?=[:»])/g, NO_BREAK_SPACE)
    .replace(/(?<=«)[ \u202f]/g, NO_BREAK_SPACE);
}

/** A clause body typeset as `typesetText` does, across the runs of a paragraph. */
export function typesetRichText(doc: RichTextDoc, language: Language): RichTextDoc {
  if (language !== 'fr') return doc;
  return { ...doc, content: doc.content.map((block) => typesetBlock(block, language)) };
}

function typesetBlock(block: BlockNode, language: Language): BlockNode {
  switch (block.type) {
    case 'paragraph':
      return block.content === undefined
        ? block
        : { ...block, content: typesetInline(block.content, language) };
    case 'bulletList':
    case 'orderedList':
      return {
        ...block,
        content: block.content.map((item) => ({
          ...item,
          content: item.content.map((child) => typesetBlock(child, language)),
        })),
      } as BlockNode;
  }
}

/** Each run typeset with the characters around it, where a bold « ? » follows a plain space. */
function typesetInline(content: readonly InlineNode[], language: Language): InlineNode[] {
  return content.map((node, index) => {
    if (node.type !== 'text') return node;
    const before = content[index - 1];
    const after = content[index + 1];
    const previous = before?.type === 'text' ? before.text.slice(-1) : '';
    const next = after?.type === 'text' ? after.text.slice(0, 1) : '';
    const typeset = typesetText(previous + node.text + next, language);
    return { ...node, text: typeset.slice(previous.length, previous.length + node.text.length) };
  });
}
