import { Fragment } from 'react';
import { markEdges } from '../../../src/diff/mark-edges';
import { runLines } from '../../../src/diff/run-lines';
import type { WordRun } from '../../../src/diff/word-runs';
import { useT } from '../../i18n/use-t';

/**
 * Runs of one line: added words in <ins>, removed ones in <del>, underlined and struck through so
 * that colour is not the only sign, and announced in words to screen readers.
 */
export function MarkedLine({ runs }: { runs: readonly WordRun[] }) {
  const t = useT();
  return runs.map((run, index) => {
    if (run.kind === 'same') return <Fragment key={index}>{run.text}</Fragment>;
    const added = run.kind === 'added';
    const Mark = added ? 'ins' : 'del';
    const { before, marked, after } = markEdges(run.text);
    return (
      <Fragment key={index}>
        {before}
        <span className="visually-hidden">
          {t(added ? 'diff.added.start' : 'diff.removed.start')}
        </span>
        <Mark className="diff-mark">{marked}</Mark>
        <span className="visually-hidden">{t(added ? 'diff.added.end' : 'diff.removed.end')}</span>
        {after}
      </Fragment>
    );
  });
}

/** Marked text a paragraph (or list item) a line, as the plain text of the clause has them. */
export function MarkedText({ runs }: { runs: readonly WordRun[] }) {
  return runLines(runs).map((line, index) => (
    <p key={index} className="diff-text__line">
      <MarkedLine runs={line} />
    </p>
  ));
}
