/** How a column of a Markdown table lines up: text to the left, figures to the right. */
export type ColumnAlignment = 'left' | 'right';

/**
 * A GitHub-flavoured Markdown table. Cells are written as given: escape text first
 * (`plainMarkdown`), since a `|` or a line break in a cell would break the table.
 */
export function markdownTable(
  headings: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  alignments: readonly ColumnAlignment[] = [],
): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const rule = headings.map((_, index) => (alignments[index] === 'right' ? '---:' : '---'));
  return [line(headings), line(rule), ...rows.map(line)].join('\n');
}
