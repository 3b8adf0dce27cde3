import type { ControlProps } from './control-props';

export function NumberControl({
  id,
  question,
  value,
  onChange,
  describedBy,
  invalid,
}: ControlProps) {
  return (
    <input
      id={id}
      type="number"
      inputMode={question.integer ? 'numeric' : 'decimal'}
      className="input input--number"
      value={typeof value === 'number' ? value : ''}
      step={question.integer ? 1 : 'any'}
      min={question.min}
      max={question.max}
      required={question.required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const number = event.target.valueAsNumber;
        onChange(Number.isNaN(number) ? null : number);
      }}
    />
  );
}
