import type { ControlProps } from './control-props';

export function MultiChoiceControl({ id, question, value, onChange, invalid }: ControlProps) {
  const chosen = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  const toggle = (option: string, checked: boolean) => {
    const next = checked ? [...chosen, option] : chosen.filter((item) => item !== option);
    // Keep the template's order whatever order the boxes were ticked in.
    onChange((question.options ?? []).map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <div className="choice-list choice-list--grid">
      {(question.options ?? []).map((option, index) => (
        <label key={option.value} className="choice">
          <input
            id={index === 0 ? id : undefined}
            type="checkbox"
            value={option.value}
            checked={chosen.includes(option.value)}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
