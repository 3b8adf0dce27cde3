import { useId } from 'react';
import { useT } from '../../i18n/use-t';

interface CommentTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shows, and announces, that the text is still to be written. */
  missing: boolean;
  /** What to write, when "write your comment" is not it (e.g. a reason for a refusal). */
  missingMessage?: string;
}

/** The text of a comment, a reply or a reason, focused first since it is what the form is for. */
export function CommentTextField({
  label,
  value,
  onChange,
  missing,
  missingMessage,
}: CommentTextFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input textarea"
        value={value}
        autoFocus
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {missing && (
        <p id={`${id}-error`} className="field__error">
          {missingMessage ?? t('comments.textRequired')}
        </p>
      )}
    </div>
  );
}
