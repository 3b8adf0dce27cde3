import type { BlockNode, InlineNode, RichTextDoc } from '../model/rich-text';

/** `{{ question.id }}` in clause text. Only text nodes are searched: a variable never spans formatting. */
const VARIABLE = /\{\{([^{}]*)\}\}/g;

/** The variables of one piece of text, and whether braces are left over that form no variable. */
export function findVariables(text: string): { names: string[]; strayBraces: boolean } {
  const names = [...text.matchAll(VARIABLE)].map((match) => (match[1] ?? '').trim());
  const rest = text.replace(VARIABLE, '');
  return { names, strayBraces: rest.includes('{{') || rest.includes('}}') };
}

/** The text of every text node, in document order. */
export function textsOf(doc: RichTextDoc): string[] {
  const texts: string[] = [];
  const visit = (node: BlockNode | InlineNode): void => {
    if (node.type === 'text') texts.push(node.text);
    else if (node.type === 'paragraph') node.content?.forEach(visit);
    else if (node.type !== 'hardBreak') node.content.forEach((item) => item.content.forEach(visit));
  };
  doc.content.forEach(visit);
  return texts;
}

/** Replaces each variable of a plain-text string (a rationale) by `valueOf(name)`. */
export function interpolateText(text: string, valueOf: (name: string) => string): string {
  return text.replace(VARIABLE, (_, name: string) => valueOf(name.trim()));
}

/**
 * Replaces each variable by `valueOf(name)` inside text nodes only. Values are inserted as plain
 * text — never read as Markdown or HTML — so an answer like `<script>` stays literal.
 * `valueOf` must return a non-empty string, so no text node becomes empty.
 */
export function interpolateVariables(
  doc: RichTextDoc,
  valueOf: (name: string) => string,
): RichTextDoc {
  const inline = (node: InlineNode): InlineNode =>
    node.type === 'text'
      ? { ...node, text: node.text.replace(VARIABLE, (_, name: string) => valueOf(name.trim())) }
      : node;
  const block = (node: BlockNode): BlockNode => {
    if (node.type === 'paragraph') {
      return node.content ? { ...node, content: node.content.map(inline) } : node;
    }
    return {
      ...node,
      content: node.content.map((item) => ({ ...item, content: item.content.map(block) })),
    };
  };
  return { ...doc, content: doc.content.map(block) };
}
