import { useId, useState, type FormEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { IdentityFields, type IdentityDraft } from './IdentityFields';

interface IdentityDialogProps {
  reviewer: Author | null;
  saveReviewer(reviewer: Author): Promise<void>;
  onClose(): void;
}

/** Changes the name and role kept in the settings (and with them, review mode). */
export function IdentityDialog({ reviewer, saveReviewer, onClose }: IdentityDialogProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<IdentityDraft>(reviewer ?? { name: '', role: 'employee' });
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameMissing = attempted && draft.name.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (draft.name.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await saveReviewer({ name: draft.name.trim(), role: draft.role });
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('comments.identity.change')}
      onClose={onClose}
      size="small"
      busy={busy}
      footer={
        <div className="button-row">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={id} className="button button--primary" disabled={busy}>
            {t('comments.identity.save')}
          </button>
        </div>
      }
    >
      <form id={id} className="comment-form" onSubmit={(event) => void submit(event)} noValidate>
        <IdentityFields draft={draft} onChange={setDraft} nameMissing={nameMissing} autoFocus />
        {error !== null && <ErrorBanner title={t('comments.identity.failed')} error={error} />}
      </form>
    </Modal>
  );
}
