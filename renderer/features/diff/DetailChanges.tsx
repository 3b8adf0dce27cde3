import type { DetailChange, DetailValue } from '../../../src/diff/detail-changes';
import { formatDay } from '../../i18n/format-day';
import { useI18n } from '../../i18n/use-i18n';

/**
 * What the export carries besides sections and differs: the template, each company answer by
 * its key, the formalities' dates; old → new.
 */
export function DetailChanges({ changes }: { changes: readonly DetailChange[] }) {
  const { t, locale } = useI18n();
  const nameOf = ({ subject }: DetailChange): string => {
    switch (subject.kind) {
      case 'template':
        return t('diff.detail.template');
      case 'company':
        return `company.${subject.key}`;
      case 'formality-step':
        return t(`formalities.step.${subject.step}`);
      case 'effective-date':
        return t('diff.detail.effectiveDate');
    }
  };
  const valueOf = (change: DetailChange, value: DetailValue | undefined): string => {
    if (value === undefined) {
      return change.subject.kind === 'formality-step'
        ? t('diff.detail.pending')
        : t('diff.detail.unset');
    }
    if (typeof value === 'boolean') return value ? t('diff.detail.yes') : t('diff.detail.no');
    if (Array.isArray(value)) return value.join(', ');
    const isDay =
      change.subject.kind === 'formality-step' || change.subject.kind === 'effective-date';
    return isDay ? formatDay(String(value), locale) : String(value);
  };
  return (
    <ul className="diff__details">
      {changes.map((change) => (
        <li key={nameOf(change)} className="diff-detail">
          <span className={`diff-badge diff-badge--${change.kind}`}>
            {t(`diff.kind.${change.kind}`)}
          </span>
          <span className="diff-detail__name">{nameOf(change)}</span>
          <span className="diff-detail__values">
            <del className="diff-mark">{valueOf(change, change.from)}</del>
            {' → '}
            <ins className="diff-mark">{valueOf(change, change.to)}</ins>
          </span>
        </li>
      ))}
    </ul>
  );
}
