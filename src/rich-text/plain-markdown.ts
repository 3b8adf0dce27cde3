import { writeMarkdownLine } from './markdown-line';

/** One line of plain text as Markdown reads it back: every markup character escaped. */
export function plainMarkdown(text: string): string {
  return writeMarkdownLine([{ text, marks: [] }]);
}
