import type { ControlProps } from './control-props';

export function TextControl({ id, question, value, onChange, describedBy, invalid }: ControlProps) {
  return (
    <input
      id={id}
      type="text"
      className="input"
      value={typeof value === 'string' ? value : ''}
      required={question.required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
