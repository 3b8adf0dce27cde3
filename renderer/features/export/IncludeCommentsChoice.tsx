import { useId } from 'react';
import { useT } from '../../i18n/use-t';

interface IncludeCommentsChoiceProps {
  checked: boolean;
  onChange(checked: boolean): void;
  disabled: boolean;
}

/** DOCX only: the open comments as Word comments, for a review in Word or LibreOffice. */
export function IncludeCommentsChoice({ checked, onChange, disabled }: IncludeCommentsChoiceProps) {
  const t = useT();
  const helpId = useId();
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={helpId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        {t('export.includeComments')}
        <span id={helpId} className="field__help include-comments__help">
          {t('export.includeComments.help')}
        </span>
      </span>
    </label>
  );
}
