import type { WordRun } from './word-runs';

/**
 * The runs cut at line breaks, for layouts that show one paragraph or list item a line: each
 * line keeps the kinds of its pieces. Blank lines (between paragraphs) are left out.
 */
export function runLines(runs: readonly WordRun[]): WordRun[][] {
  const lines: WordRun[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines.at(-1)?.push({ kind: run.kind, text: piece });
    });
  }
  return lines.filter((line) => line.length > 0);
}
