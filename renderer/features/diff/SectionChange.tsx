import type { SectionDiff } from '../../../src/diff/text-comparison';
import { useT } from '../../i18n/use-t';
import { MarkedLine } from './MarkedText';

/**
 * One section added, removed, retitled, changed (its owner) or moved: a line, with its new title
 * marked and its owner old → new.
 */
export function SectionChange({ diff }: { diff: SectionDiff }) {
  const t = useT();
  const place = diff.to ?? diff.from;
  return (
    <li className="diff-section">
      <span className={`diff-badge diff-badge--${diff.kind}`}>{t(`diff.kind.${diff.kind}`)}</span>
      <span className="diff-section__name">
        {diff.to && <span className="diff-section__number">{diff.to.index + 1}</span>}
        {diff.kind === 'retitled' ? <MarkedLine runs={diff.title} /> : place?.title}
      </span>
      {diff.from && diff.to && diff.from.owner !== diff.to.owner && (
        <span className="diff-entry__details">
          {t('diff.line.owner', {
            from: t(`role.${diff.from.owner}`),
            to: t(`role.${diff.to.owner}`),
          })}
        </span>
      )}
      {diff.from && (diff.moved || diff.kind === 'removed') && (
        <span className="diff-entry__details">
          {t('diff.formerly', { number: diff.from.index + 1 })}
        </span>
      )}
    </li>
  );
}
