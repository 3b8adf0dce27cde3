import { useT } from '../../../i18n/use-t';
import type { ControlProps } from './control-props';

/** Yes / no as two radios: both answers are visible and neither is assumed. */
export function BooleanControl({ id, question, value, onChange, invalid }: ControlProps) {
  const t = useT();
  const choices = [
    { answer: true, label: t('wizard.yes'), key: 'yes' },
    { answer: false, label: t('wizard.no'), key: 'no' },
  ];
  return (
    <div className="choice-row">
      {choices.map((choice, index) => (
        <label key={choice.key} className="choice choice--pill">
          <input
            id={index === 0 ? id : undefined}
            type="radio"
            name={question.id}
            checked={value === choice.answer}
            aria-invalid={invalid || undefined}
            onChange={() => onChange(choice.answer)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
