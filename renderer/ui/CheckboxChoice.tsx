import { useId, type ReactNode } from 'react';

interface CheckboxChoiceProps {
  label: ReactNode;
  /** One line under the label saying what the choice changes. */
  help?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

/** A checkbox with its label and, below, what it does. */
export function CheckboxChoice({ label, help, checked, onChange, disabled }: CheckboxChoiceProps) {
  const helpId = useId();
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        {label}
        {help && (
          <span id={helpId} className="field__help choice__help">
            {help}
          </span>
        )}
      </span>
    </label>
  );
}
