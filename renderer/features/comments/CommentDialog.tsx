import { useId, useState, type FormEvent } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { CheckboxChoice } from '../../ui/CheckboxChoice';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormDialog } from '../../ui/FormDialog';
import {
  EMPTY_AUTHOR_DRAFT,
  isDraftSignable,
  signDraft,
  type AuthorDraft,
  type Signature,
} from './author-draft';
import { AuthorFields } from './AuthorFields';
import { CommentTextField } from './CommentTextField';
import type { CommentProblem, NewCommentText } from './use-comment-actions';

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
  /** Adds the comment; null once added, else why it could not be. */
  onSubmit(content: NewCommentText, signature: Signature): CommentProblem | null;
  onClose(): void;
}

/** The comment on a selected passage, or new wording for it: its text, and who signs it. */
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
  const [suggesting, setSuggesting] = useState(false);
  const [wording, setWording] = useState(target.quote);
  const [draft, setDraft] = useState<AuthorDraft>(EMPTY_AUTHOR_DRAFT);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CommentProblem | null>(null);
  const [identityError, setIdentityError] = useState<unknown>(null);

  // New wording speaks for itself; a plain comment needs its text.
  const textMissing = attempted && !suggesting && text.trim() === '';
  const nameMissing = attempted && !isDraftSignable(reviewer, draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if ((!suggesting && text.trim() === '') || !isDraftSignable(reviewer, draft)) return;
    setBusy(true);
    setIdentityError(null);
    try {
      const signature = await signDraft(reviewer, draft, saveReviewer);
      const content = suggesting ? { text, suggestion: wording } : { text };
      const refused = onSubmit(content, signature);
      if (refused === null) onClose();
      else setProblem(refused);
    } catch (error) {
      setIdentityError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('comments.dialog.title')}
      submitLabel={t('comments.save')}
      busy={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      className="comment-form"
    >
      <figure className="comment-quote">
        <figcaption className="comment-quote__clause">
          {t('comments.dialog.clause', { title: target.clauseTitle })}
        </figcaption>
        <blockquote className="comment-quote__text">{target.quote}</blockquote>
      </figure>
      <CheckboxChoice
        label={t('comments.suggest')}
        help={t('comments.suggest.help')}
        checked={suggesting}
        onChange={setSuggesting}
      />
      {suggesting && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-wording`}>
            {t('comments.suggest.wording')}
          </label>
          <textarea
            id={`${id}-wording`}
            className="input textarea comment-form__wording"
            value={wording}
            onChange={(event) => setWording(event.target.value)}
          />
        </div>
      )}
      <CommentTextField
        label={suggesting ? t('comments.suggest.why') : t('comments.text')}
        value={text}
        onChange={setText}
        missing={textMissing}
      />
      <AuthorFields
        reviewer={reviewer}
        draft={draft}
        onChange={setDraft}
        nameMissing={nameMissing}
      />
      {problem && (
        <p className="field__error" role="alert">
          {t(`comments.problem.${problem}`)}
        </p>
      )}
      {identityError !== null && (
        <ErrorBanner title={t('comments.identity.failed')} error={identityError} />
      )}
    </FormDialog>
  );
}
