import { useT } from '../../../i18n/use-t';
import type { ControlProps } from './control-props';

/** Few options read best side by side as radios; a long list folds into a select. */
export const MAX_RADIO_OPTIONS = 5;

export function ChoiceControl({
  id,
  question,
  value,
  onChange,
  describedBy,
  invalid,
}: ControlProps) {
  const t = useT();
  const options = question.options ?? [];
  const current = typeof value === 'string' ? value : '';

  if (options.length > MAX_RADIO_OPTIONS) {
    return (
      <select
        id={id}
        className="select"
        value={current}
        required={question.required}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('wizard.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }

  return (
    <div className="choice-list">
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            id={index === 0 ? id : undefined}
            type="radio"
            name={question.id}
            value={option.value}
            checked={current === option.value}
            aria-invalid={invalid || undefined}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
