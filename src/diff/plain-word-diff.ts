import type { WordRun } from './word-runs';

/** The runs as `git diff --word-diff=plain` writes them: `[-removed-]{+added+}`. */
export function plainWordDiff(runs: readonly WordRun[]): string {
  return runs
    .map((run) =>
      run.kind === 'same' ? run.text : run.kind === 'added' ? `{+${run.text}+}` : `[-${run.text}-]`,
    )
    .join('');
}
