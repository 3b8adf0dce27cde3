import type { ControlProps } from './control-props';

/** The browser's own date picker: keyboard and screen-reader friendly, and its value is ISO. */
export function DateControl({ id, question, value, onChange, describedBy, invalid }: ControlProps) {
  return (
    <input
      id={id}
      type="date"
      className="input input--date"
      value={typeof value === 'string' ? value : ''}
      required={question.required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value || null)}
    />
  );
}
