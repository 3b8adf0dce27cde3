import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { readAccent } from '../../../src/branding/parse-accent';
import { DEFAULT_ACCENT, printedAccent } from '../../../src/export/accent-colour';
import type { AccentColour } from '../../../src/model/branding';
import { useT } from '../../i18n/use-t';

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
  // The text as typed, kept as is while it is being edited; the project's colour otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  // A colour passed through in the open picker, until the picker closes on one.
  const [picking, setPicking] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });

  // React's onChange fires for every colour the picker passes through; the DOM's change event
  // only for the one it closes on, which is the one the project takes.
  useEffect(() => {
    const input = picker.current;
    if (!input) return;
    const settle = () => {
      const picked = readAccent(input.value);
      if (picked !== undefined) latestOnChange.current(picked);
      setPicking(null);
      setDraft(null);
    };
    input.addEventListener('change', settle);
    return () => input.removeEventListener('change', settle);
  }, []);

  const typed = draft === null ? undefined : readAccent(draft);
  const current = picking ?? typed ?? shown;
  const invalid = draft !== null && typed === undefined && !focused;
  const printed = printedAccent(current);

  const type = (text: string) => {
    setDraft(text);
    // A whole colour applies at once: the preview follows, and Enter exports with it.
    const colour = readAccent(text);
    if (colour !== undefined && colour !== shown) onChange(colour);
  };
  const leave = () => {
    setFocused(false);
    if (typed !== undefined) setDraft(null);
  };
  // Enter on a half-typed colour would export with the previous one.
  const holdEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && draft !== null && typed === undefined) event.preventDefault();
  };

  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">
        {t('branding.accent')}
      </label>
      <div className="accent-field">
        <input
          ref={picker}
          type="color"
          className="accent-field__swatch"
          value={current}
          disabled={disabled}
          aria-label={t('branding.accent.pick')}
          onChange={(event) => setPicking(event.target.value)}
        />
        <input
          id={inputId}
          className="input input--mono accent-field__text"
          type="text"
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          value={draft ?? picking ?? shown}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${errorId} ${helpId}` : helpId}
          onChange={(event) => type(event.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={leave}
          onKeyDown={holdEnter}
        />
        {accent !== undefined && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setDraft(null);
              onChange(undefined);
            }}
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
        {printed === current ? (
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
