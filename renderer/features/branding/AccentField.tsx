import { useEffect, useId, useState } from 'react';
import { readAccent } from '../../../src/branding/parse-accent';
import { DEFAULT_ACCENT, printedAccent } from '../../../src/export/accent-colour';
import type { AccentColour } from '../../../src/model/branding';
import { useT } from '../../i18n/use-t';

/** A colour picked by dragging changes many times a second: the project takes the one kept. */
const SETTLE_MS = 250;

interface AccentFieldProps {
  accent: AccentColour | undefined;
  onChange(accent: AccentColour | undefined): void;
  disabled: boolean;
}

/**
 * The colour of headings and rules: picked, or typed as the brand guide gives it (#C0392B).
 * A colour too pale to read on white is shown as the exports will darken it.
 */
export function AccentField({ accent, onChange, disabled }: AccentFieldProps) {
  const t = useT();
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const shown = accent ?? DEFAULT_ACCENT;
  const [text, setText] = useState(shown);
  // A half-typed colour is not an error yet: say so once the field is left.
  const [typing, setTyping] = useState(false);
  // The project may change elsewhere (the default restored, an undo): show what it holds.
  const [held, setHeld] = useState(shown);
  if (held !== shown) {
    setHeld(shown);
    setText(shown);
  }
  const typed = readAccent(text);

  useEffect(() => {
    if (typed === undefined || typed === shown) return;
    const timer = setTimeout(() => onChange(typed), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [typed, shown, onChange]);

  const printed = printedAccent(typed ?? shown);
  const invalid = typed === undefined && !typing;
  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">
        {t('branding.accent')}
      </label>
      <div className="accent-field">
        <input
          type="color"
          className="accent-field__swatch"
          value={typed ?? shown}
          disabled={disabled}
          aria-label={t('branding.accent.pick')}
          onChange={(event) => setText(event.target.value)}
        />
        <input
          id={inputId}
          className="input input--mono accent-field__text"
          type="text"
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          value={text}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${errorId} ${helpId}` : helpId}
          onChange={(event) => setText(event.target.value)}
          onFocus={() => setTyping(true)}
          onBlur={() => setTyping(false)}
        />
        {accent !== undefined && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onChange(undefined)}
            disabled={disabled}
          >
            {t('branding.accent.reset')}
          </button>
        )}
      </div>
      {invalid && (
        <p id={errorId} className="field__error">
          {t('branding.accent.invalid')}
        </p>
      )}
      <p id={helpId} className="field__help">
        {printed === (typed ?? shown) ? (
          t('branding.accent.help')
        ) : (
          <>
            <span className="accent-field__printed" style={{ background: printed }} />
            {t('branding.accent.darkened', { colour: printed })}
          </>
        )}
      </p>
    </div>
  );
}
