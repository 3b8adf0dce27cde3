import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Notice';
import type { SignOffOutcome } from './use-sign-off-actions';

interface SignOffOutcomeNoticeProps {
  outcome: SignOffOutcome;
  onDismiss(): void;
}

/** What the last sign-off step did, and that the charter needs saving to keep it. */
export function SignOffOutcomeNotice({ outcome, onDismiss }: SignOffOutcomeNoticeProps) {
  const t = useT();
  const [title, text] =
    outcome.kind === 'requested'
      ? [t('signOff.done.requested'), t('signOff.done.requestedText')]
      : outcome.kind === 'published'
        ? [t('signOff.done.published', { number: outcome.number }), t('signOff.done.save')]
        : outcome.signedOff !== undefined
          ? [
              t('signOff.done.signedOff', { number: outcome.signedOff }),
              t('signOff.done.signedOffText'),
            ]
          : [t(`signOff.done.${outcome.decision}`), t('signOff.done.save')];
  return (
    <Notice title={title} onDismiss={onDismiss}>
      {text}
    </Notice>
  );
}
