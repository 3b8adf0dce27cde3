import type { IntegrityProblem } from '../../../src/signoff/integrity-problem';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Notice';

interface IntegrityNoticeProps {
  problems: readonly IntegrityProblem[];
  onDismiss(): void;
}

/** On opening: the file no longer holds what was signed off, so its exports would not verify. */
export function IntegrityNotice({ problems, onDismiss }: IntegrityNoticeProps) {
  const t = useT();
  const subjectOf = ({ subject }: IntegrityProblem) =>
    subject === 'request'
      ? t('signOff.integrity.request')
      : t('signOff.integrity.version', { number: subject });
  // One sentence per version and kind: several failing signatures of a version say it once.
  const sentences = [
    ...new Set(
      problems.map((problem) =>
        t(`signOff.integrity.${problem.kind}`, { subject: subjectOf(problem) }),
      ),
    ),
  ];
  return (
    <Notice title={t('signOff.integrity.title')} tone="warning" onDismiss={onDismiss}>
      {sentences.join(' ')} {t('signOff.integrity.restore')}
    </Notice>
  );
}
