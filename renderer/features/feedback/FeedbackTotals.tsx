import type { FeedbackSummary } from '../../../src/review/feedback-summary';
import { useT } from '../../i18n/use-t';

const FIGURES = ['open', 'resolved', 'orphaned', 'awaitingReply'] as const;

/** The four numbers HR looks at first, each with what it means. */
export function FeedbackTotals({ totals }: { totals: FeedbackSummary['totals'] }) {
  const t = useT();
  return (
    <dl className="feedback-totals" aria-label={t('feedback.totals')}>
      {FIGURES.map((figure) => (
        <div key={figure} className={`feedback-total feedback-total--${figure}`}>
          <dt className="feedback-total__label">{t(`feedback.total.${figure}`)}</dt>
          <dd className="feedback-total__value">{totals[figure]}</dd>
          <dd className="feedback-total__help">{t(`feedback.total.${figure}.help`)}</dd>
        </div>
      ))}
    </dl>
  );
}
