import { useId } from 'react';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportableText } from './exportable-texts';

interface TextChoiceProps {
  texts: readonly ExportableText[];
  value: ExportableText;
  onChange(text: ExportableText): void;
  disabled: boolean;
}

/** Which text to export: the draft, or a signed-off version as its approvers decided on it. */
export function TextChoice({ texts, value, onChange, disabled }: TextChoiceProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const label = (text: ExportableText) =>
    text.status === 'draft'
      ? t('export.text.draft', { number: text.number })
      : t(`export.text.${text.status}`, {
          number: text.number,
          date: formatDateTime(text.date ?? '', locale),
        });
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('export.text')}
      </label>
      <select
        id={id}
        className="input select"
        value={String(value.selector)}
        disabled={disabled || texts.length < 2}
        onChange={(event) =>
          onChange(texts.find((text) => String(text.selector) === event.target.value) ?? value)
        }
      >
        {texts.map((text) => (
          <option key={text.selector} value={String(text.selector)}>
            {label(text)}
          </option>
        ))}
      </select>
    </div>
  );
}
