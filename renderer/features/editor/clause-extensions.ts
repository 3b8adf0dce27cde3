import StarterKit from '@tiptap/starter-kit';

/**
 * Exactly the nodes and marks of a clause body (src/model/rich-text.ts): paragraphs, hard breaks,
 * bullet and ordered lists, bold and italic, plus undo/redo. Everything else is left out of the
 * schema, so pasted headings, links, code or tables arrive as plain paragraphs and text.
 */
export const clauseExtensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    strike: false,
    underline: false,
    link: false,
    horizontalRule: false,
    gapcursor: false,
    trailingNode: false,
  }),
];
