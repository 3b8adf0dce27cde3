import { useId, useState, type FormEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import {
  EMPTY_AUTHOR_DRAFT,
  isDraftSignable,
  signDraft,
  type AuthorDraft,
  type Signature,
} from './author-draft';
import { AuthorFields } from './AuthorFields';

export interface CommentTarget {
  clauseId: string;
  clauseTitle: string;
  quote: string;
  near: number;
}

interface CommentDialogProps {
  target: CommentTarget;
  reviewer: Author | null;
  saveReviewer(reviewer: Author): Promise<void>;
  /** Adds the comment; false when the passage cannot be anchored in its clause. */
  onSubmit(text: string, signature: Signature): boolean;
  onClose(): void;
}

/** The comment on a selected passage: its text, and who signs it. */
export function CommentDialog({
  target,
  reviewer,
  saveReviewer,
  onSubmit,
  onClose,
}: CommentDialogProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<AuthorDraft>(EMPTY_AUTHOR_DRAFT);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'quote' | null>(null);
  const [identityError, setIdentityError] = useState<unknown>(null);

  const textMissing = attempted && text.trim() === '';
  const nameMissing = attempted && !isDraftSignable(reviewer, draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (text.trim() === '' || !isDraftSignable(reviewer, draft)) return;
    setBusy(true);
    setIdentityError(null);
    try {
      const signature = await signDraft(reviewer, draft, saveReviewer);
      if (onSubmit(text, signature)) onClose();
      else setProblem('quote');
    } catch (error) {
      setIdentityError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('comments.dialog.title')}
      onClose={onClose}
      size="small"
      busy={busy}
      footer={
        <div className="button-row">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={id} className="button button--primary" disabled={busy}>
            {t('comments.save')}
          </button>
        </div>
      }
    >
      <form id={id} className="comment-form" onSubmit={(event) => void submit(event)} noValidate>
        <figure className="comment-quote">
          <figcaption className="comment-quote__clause">
            {t('comments.dialog.clause', { title: target.clauseTitle })}
          </figcaption>
          <blockquote className="comment-quote__text">{target.quote}</blockquote>
        </figure>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('comments.text')}
          </label>
          <textarea
            id={`${id}-text`}
            className="input textarea"
            value={text}
            autoFocus
            aria-invalid={textMissing || undefined}
            aria-describedby={textMissing ? `${id}-text-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {textMissing && (
            <p id={`${id}-text-error`} className="field__error">
              {t('comments.textRequired')}
            </p>
          )}
        </div>
        <AuthorFields
          reviewer={reviewer}
          draft={draft}
          onChange={setDraft}
          nameMissing={nameMissing}
        />
        {problem === 'quote' && (
          <p className="field__error" role="alert">
            {t('comments.quoteNotFound')}
          </p>
        )}
        {identityError !== null && (
          <ErrorBanner title={t('comments.identity.failed')} error={identityError} />
        )}
      </form>
    </Modal>
  );
}
