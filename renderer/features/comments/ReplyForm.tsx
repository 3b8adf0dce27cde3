import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import {
  EMPTY_AUTHOR_DRAFT,
  isDraftSignable,
  signDraft,
  type AuthorDraft,
  type Signature,
} from './author-draft';
import { AuthorFields } from './AuthorFields';
import { CommentTextField } from './CommentTextField';

interface ReplyFormProps {
  reviewer: Author | null;
  saveReviewer(reviewer: Author): Promise<void>;
  onSubmit(text: string, signature: Signature): void;
  onCancel(): void;
  /** For a reply that is more than a reply, e.g. the reason a suggestion is declined. */
  label?: string;
  submitLabel?: string;
}

/** A reply at the end of a thread; Escape gives it up. */
export function ReplyForm({
  reviewer,
  saveReviewer,
  onSubmit,
  onCancel,
  label,
  submitLabel,
}: ReplyFormProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<AuthorDraft>(EMPTY_AUTHOR_DRAFT);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [identityError, setIdentityError] = useState<unknown>(null);

  const textMissing = attempted && text.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (text.trim() === '' || !isDraftSignable(reviewer, draft)) return;
    setBusy(true);
    try {
      onSubmit(text, await signDraft(reviewer, draft, saveReviewer));
    } catch (error) {
      setIdentityError(error);
      setBusy(false);
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form
      className="comment-form comment-form--reply"
      onSubmit={(event) => void submit(event)}
      onKeyDown={cancelOnEscape}
      noValidate
    >
      <CommentTextField
        label={label ?? t('comments.thread.replyLabel')}
        value={text}
        onChange={setText}
        missing={textMissing}
      />
      <AuthorFields
        reviewer={reviewer}
        draft={draft}
        onChange={setDraft}
        nameMissing={attempted && !isDraftSignable(reviewer, draft)}
      />
      {identityError !== null && (
        <ErrorBanner title={t('comments.identity.failed')} error={identityError} />
      )}
      <div className="button-row">
        <button type="button" className="button button--small" onClick={onCancel} disabled={busy}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          {submitLabel ?? t('comments.save')}
        </button>
      </div>
    </form>
  );
}
