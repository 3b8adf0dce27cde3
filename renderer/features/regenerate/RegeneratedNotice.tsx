import { useT } from '../../i18n/use-t';
import { CheckIcon, CloseIcon } from '../../ui/icons';
import type { RegenerationSummary } from './ReviseAnswers';

interface RegeneratedNoticeProps {
  summary: RegenerationSummary;
  onDismiss(): void;
}

/** Says what new answers changed, and that the charter now needs saving. */
export function RegeneratedNotice({ summary, onDismiss }: RegeneratedNoticeProps) {
  const t = useT();
  const kept = summary.conflicts - summary.taken;
  const sentences = [];
  if (summary.conflicts === 0) sentences.push(t('revise.done.noConflict'));
  if (summary.taken > 0) {
    sentences.push(
      summary.taken === 1
        ? t('revise.done.taken.one')
        : t('revise.done.taken.other', { count: summary.taken }),
    );
  }
  if (kept > 0) {
    sentences.push(
      kept === 1 ? t('revise.done.kept.one') : t('revise.done.kept.other', { count: kept }),
    );
  }
  sentences.push(t('revise.done.save'));
  return (
    <div className="notice" role="status">
      <span className="notice__icon">
        <CheckIcon />
      </span>
      <div className="notice__text">
        <p className="notice__title">{t('revise.done.title')}</p>
        <p>{sentences.join(' ')}</p>
      </div>
      <button
        type="button"
        className="icon-button notice__dismiss"
        aria-label={t('action.dismiss')}
        title={t('action.dismiss')}
        onClick={onDismiss}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
