import type { WordRun } from '../word-runs';

/** The text the runs were compared from: what they keep and remove, in order. */
export function textBefore(runs: readonly WordRun[]): string {
  return runs
    .filter((run) => run.kind !== 'added')
    .map((run) => run.text)
    .join('');
}

/** The text the runs were compared to: what they keep and add, in order. */
export function textAfter(runs: readonly WordRun[]): string {
  return runs
    .filter((run) => run.kind !== 'removed')
    .map((run) => run.text)
    .join('');
}
