import { useT } from '../../i18n/use-t';
import type { RegenerationSummary } from './use-regenerate';
import { Notice } from '../../ui/Notice';

interface RegeneratedNoticeProps {
  summary: RegenerationSummary;
  onDismiss(): void;
}

/** Says what new answers or optional clauses changed, and that the charter now needs saving. */
export function RegeneratedNotice({ summary, onDismiss }: RegeneratedNoticeProps) {
  const t = useT();
  const answers = summary.cause === 'answers';
  const kept = summary.conflicts - summary.taken - summary.removed;
  const sentences = [];
  if (summary.conflicts === 0) {
    sentences.push(answers ? t('revise.done.noConflict') : t('optionalClauses.done.noConflict'));
  }
  if (summary.taken > 0) {
    sentences.push(
      summary.taken === 1
        ? t('revise.done.taken.one')
        : t('revise.done.taken.other', { count: summary.taken }),
    );
  }
  if (summary.removed > 0) {
    sentences.push(
      summary.removed === 1
        ? t('revise.done.removed.one')
        : t('revise.done.removed.other', { count: summary.removed }),
    );
  }
  if (kept > 0) {
    sentences.push(
      kept === 1 ? t('revise.done.kept.one') : t('revise.done.kept.other', { count: kept }),
    );
  }
  sentences.push(t('revise.done.save'));
  return (
    <Notice
      title={answers ? t('revise.done.title') : t('optionalClauses.done.title')}
      onDismiss={onDismiss}
    >
      {sentences.join(' ')}
    </Notice>
  );
}
