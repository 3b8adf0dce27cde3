import { wrapParagraph } from '../text/wrap-paragraph';

/**
 * A paragraph to wrap; a numbered step, and a paragraph that goes on with it, both wrapped
 * under the step's text; or lines kept as written (titles, lists, commands).
 */
export type ReadmeBlock =
  string | { step: number; text: string } | { continued: string } | { lines: readonly string[] };

const WIDTH = 78;

/** Text that stays on one line when wrapped, such as a date: its spaces become no-break ones. */
export function together(text: string): string {
  return text.replaceAll(' ', '\u00a0');
}
const STEP_INDENT = '   ';

function blockLines(block: ReadmeBlock): string[] {
  if (typeof block === 'string') return wrapParagraph(block, WIDTH);
  if ('lines' in block) return [...block.lines];
  const [first, text] =
    'step' in block
      ? [`${block.step}. `.padEnd(STEP_INDENT.length), block.text]
      : [STEP_INDENT, block.continued];
  return wrapParagraph(text, WIDTH - STEP_INDENT.length).map(
    (line, index) => `${index === 0 ? first : STEP_INDENT}${line}`,
  );
}

/**
 * The README of a pack as plain text, wrapped for a fixed-width window. CRLF and a byte order
 * mark, so that every Notepad shows its accents and its lines.
 */
export function packReadme(blocks: readonly ReadmeBlock[]): string {
  return `\uFEFF${blocks.map((block) => blockLines(block).join('\r\n')).join('\r\n\r\n')}\r\n`;
}
