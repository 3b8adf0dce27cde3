import { useState, type FormEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import type { Role } from '../../../src/model/role';
import type { Approval, Fingerprint } from '../../../src/model/sign-off';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormDialog } from '../../ui/FormDialog';
import { CommentTextField } from '../comments/CommentTextField';
import { SigningKeyChoice } from './SigningKeyChoice';
import type { DecisionChoice } from './use-sign-off-actions';
import { useSigningKey } from './use-signing-key';

interface DecisionDialogProps {
  decision: Approval['decision'];
  versionNumber: number;
  fingerprint: Fingerprint;
  approver: Author & { role: Role };
  onDecide(choice: DecisionChoice): Promise<void>;
  onClose(): void;
}

/**
 * One approver's decision on the frozen text: what they decide on (its fingerprint), as whom,
 * why (required for a refusal), and whether they sign it with their key.
 */
export function DecisionDialog({
  decision,
  versionNumber,
  fingerprint,
  approver,
  onDecide,
  onClose,
}: DecisionDialogProps) {
  const t = useT();
  const signingKey = useSigningKey();
  const [reason, setReason] = useState('');
  // Signing is the default once there is a key; the approver may still decline.
  const [signChoice, setSignChoice] = useState<boolean | null>(null);
  const sign = Boolean(signingKey.status?.publicKey) && (signChoice ?? true);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rejecting = decision === 'rejected';
  const reasonMissing = attempted && rejecting && reason.trim() === '';
  const role = t(`role.${approver.role}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (rejecting && reason.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await onDecide({ decision, reason, sign });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={
        rejecting
          ? t('signOff.dialog.rejectTitle', { number: versionNumber })
          : t('signOff.dialog.approveTitle', { number: versionNumber })
      }
      submitLabel={rejecting ? t('signOff.decide.reject') : t('signOff.decide.approve')}
      busy={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      className="decision-form"
    >
      <div className="decision-form__what">
        <p>
          {rejecting
            ? t('signOff.dialog.rejectSummary', { role })
            : t('signOff.dialog.approveSummary', { role })}
        </p>
        <code className="decision-form__fingerprint">{fingerprint}</code>
        <p className="decision-form__who">
          {t('comments.identity.button', { name: approver.name, role })}
        </p>
      </div>
      <CommentTextField
        label={
          rejecting ? t('signOff.dialog.reason.rejected') : t('signOff.dialog.reason.approved')
        }
        value={reason}
        onChange={setReason}
        missing={reasonMissing}
        missingMessage={t('signOff.dialog.reasonRequired')}
      />
      <SigningKeyChoice
        signingKey={signingKey}
        sign={sign}
        onSignChange={setSignChoice}
        disabled={busy}
      />
      {error !== null && <ErrorBanner title={t('signOff.dialog.failed')} error={error} />}
    </FormDialog>
  );
}
