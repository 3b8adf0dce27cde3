import type { ControlProps } from './control-props';

export function LongTextControl({
  id,
  question,
  value,
  onChange,
  describedBy,
  invalid,
}: ControlProps) {
  return (
    <textarea
      id={id}
      className="input textarea"
      rows={4}
      value={typeof value === 'string' ? value : ''}
      required={question.required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
