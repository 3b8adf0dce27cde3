import { useState, type FormEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormDialog } from '../../ui/FormDialog';
import { IdentityFields, type IdentityDraft } from './IdentityFields';

interface IdentityDialogProps {
  reviewer: Author | null;
  saveReviewer(reviewer: Author): Promise<void>;
  onClose(): void;
}

/** Changes the name and role kept in the settings (and with them, review mode). */
export function IdentityDialog({ reviewer, saveReviewer, onClose }: IdentityDialogProps) {
  const t = useT();
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
    <FormDialog
      title={t('comments.identity.change')}
      submitLabel={t('comments.identity.save')}
      busy={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      className="comment-form"
    >
      <IdentityFields draft={draft} onChange={setDraft} nameMissing={nameMissing} autoFocus />
      {error !== null && <ErrorBanner title={t('comments.identity.failed')} error={error} />}
    </FormDialog>
  );
}
