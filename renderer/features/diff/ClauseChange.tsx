import type { ClauseDiff } from '../../../src/diff/text-comparison';
import { hasChanges } from '../../../src/diff/word-runs';
import { useT } from '../../i18n/use-t';
import { MarkedLine, MarkedText } from './MarkedText';

interface ClauseChangeProps {
  diff: ClauseDiff;
  /** Set when the clause is in the text the editor shows: its title then leads to it. */
  onGoTo: (() => void) | null;
}

/** One clause that differs: what happened to it, and its text with the words changed marked. */
export function ClauseChange({ diff, onGoTo }: ClauseChangeProps) {
  const t = useT();
  const place = diff.to ?? diff.from;
  const title = place?.title ?? t('editor.clause.untitled', { number: place?.number ?? '' });
  const name = (
    <>
      {diff.to && <span className="diff-entry__number">{diff.to.number}</span>}
      {title}
    </>
  );
  const details = [
    diff.changes.map((aspect) => t(`diff.aspect.${aspect}`)).join(', '),
    diff.kind === 'changed' && diff.moved ? t('diff.alsoMoved') : '',
    diff.from && (diff.moved || diff.kind === 'removed')
      ? t('diff.formerly', { number: diff.from.number })
      : '',
  ].filter(Boolean);
  const whole = diff.kind === 'added' || diff.kind === 'removed';
  const showsText = diff.kind !== 'moved';

  return (
    <li className={`diff-entry diff-entry--${diff.kind}`}>
      <header className="diff-entry__header">
        <span className={`diff-badge diff-badge--${diff.kind}`}>{t(`diff.kind.${diff.kind}`)}</span>
        <h4 className="diff-entry__title">
          {onGoTo ? (
            <button
              type="button"
              className="diff-entry__link"
              title={t('diff.goTo')}
              onClick={onGoTo}
            >
              {name}
              <span aria-hidden="true">→</span>
            </button>
          ) : (
            name
          )}
        </h4>
        {details.length > 0 && <p className="diff-entry__details">{details.join(' · ')}</p>}
      </header>
      {showsText && (
        <div className="diff-text">
          {!whole && hasChanges(diff.title) && (
            <p className="diff-text__line diff-text__aside">
              <span className="diff-text__label">{t('diff.line.title')} </span>
              <MarkedLine runs={diff.title} />
            </p>
          )}
          <MarkedText runs={diff.body} />
          {diff.changes.includes('formatting') && (
            <p className="diff-text__note">{t('diff.formattingOnly')}</p>
          )}
          {diff.changes.includes('owner') && diff.from && diff.to && (
            <p className="diff-text__note">
              {t('diff.line.owner', {
                from: t(`role.${diff.from.owner}`),
                to: t(`role.${diff.to.owner}`),
              })}
            </p>
          )}
          {hasChanges(diff.rationale) && (
            <div className="diff-text__aside">
              <p className="diff-text__label">{t('diff.line.rationale')}</p>
              <MarkedText runs={diff.rationale} />
            </div>
          )}
        </div>
      )}
    </li>
  );
}
