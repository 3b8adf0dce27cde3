import type { ComparisonSummary } from '../../../src/diff/text-comparison';
import type { Translate } from '../../i18n/translate';

type CountedKind = 'added' | 'removed' | 'changed' | 'moved' | 'retitled' | 'unchanged';

function counts(values: Partial<Record<CountedKind, number>>, t: Translate): string {
  return (Object.entries(values) as [CountedKind, number][])
    .filter(([, count]) => count > 0)
    .map(([kind, count]) =>
      count === 1
        ? t(`diff.count.${kind}.one`, { count })
        : t(`diff.count.${kind}.other`, { count }),
    )
    .join(', ');
}

/** "Clauses : 1 ajoutée, 2 modifiées, 40 inchangées · Sections : 1 renommée · Informations : 2 modifiées" */
export function summaryText(summary: ComparisonSummary, t: Translate): string {
  const { unchanged: _unchanged, ...sections } = summary.sections;
  const sectionCounts = counts(sections, t);
  const detailCounts = counts({ changed: summary.details }, t);
  return [
    t('diff.summary.clauses', { counts: counts(summary.clauses, t) }),
    ...(sectionCounts === '' ? [] : [t('diff.summary.sections', { counts: sectionCounts })]),
    ...(detailCounts === '' ? [] : [t('diff.summary.details', { counts: detailCounts })]),
  ].join(' · ');
}
