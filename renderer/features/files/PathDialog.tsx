import { useEffect, useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { Modal } from '../../ui/Modal';
import { basename, hasExtension } from './file-path';

interface PathDialogProps {
  title: string;
  initialPath: string;
  confirmLabel: string;
  /** The first is added when the typed name has none of them (e.g. "charter", "pdf"). */
  extensions: readonly string[];
  /**
   * A file to open exists already: a name with an extension of its own ("logo.svg") is taken as
   * typed, for the core to say what is wrong with it, rather than sent looking for "logo.svg.png";
   * "charte-v2.1" still gets its ".charter".
   */
  purpose: 'open' | 'save';
  onDone(path: string | null): void;
}

/** "logo.svg", "notes.final": a name ending with letters after a dot, unlike "charte-v2.1". */
const OWN_EXTENSION = /.\.[A-Za-z]{2,5}$/;

/** A whole path rather than a file name: POSIX, home, drive letter or UNC. */
const ABSOLUTE_PATH = /^(\/|~[\\/]|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Where no native file dialog exists (the UI runs in a browser), the user types the path.
 * The file name starts selected so typing replaces just the name and keeps the folder; pasting
 * a whole path replaces everything.
 */
export function PathDialog({
  title,
  initialPath,
  confirmLabel,
  extensions,
  purpose,
  onDone,
}: PathDialogProps) {
  const [extension = ''] = extensions;
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [path, setPath] = useState(initialPath);
  const [showError, setShowError] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const name = basename(input.value);
    const dot = name.lastIndexOf('.');
    const start = input.value.length - name.length;
    input.setSelectionRange(start, start + (dot > 0 ? dot : name.length));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) {
      setShowError(true);
      return;
    }
    const named =
      extensions.some((candidate) => hasExtension(trimmed, candidate)) ||
      (purpose === 'open' && OWN_EXTENSION.test(basename(trimmed)));
    onDone(named ? trimmed : `${trimmed}.${extension}`);
  };

  const pasteWholePath = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text').trim();
    if (!ABSOLUTE_PATH.test(pasted)) return;
    event.preventDefault();
    setPath(pasted);
    setShowError(false);
  };

  return (
    <Modal
      title={title}
      size="medium"
      onClose={() => onDone(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => onDone(null)}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={inputId + '-form'} className="button button--primary">
            {confirmLabel}
          </button>
        </>
      }
    >
      <form id={inputId + '-form'} className="path-dialog" onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="field__label">
          {t('files.path.label')}
        </label>
        <input
          id={inputId}
          className="input input--mono"
          type="text"
          spellCheck={false}
          autoComplete="off"
          autoFocus
          value={path}
          aria-describedby={showError ? `${errorId} ${hintId}` : hintId}
          aria-invalid={showError || undefined}
          ref={inputRef}
          onPaste={pasteWholePath}
          onChange={(event) => {
            setPath(event.target.value);
            setShowError(false);
          }}
        />
        {showError && (
          <p id={errorId} className="field__error">
            {t('files.path.required')}
          </p>
        )}
        <p id={hintId} className="field__help">
          {t('files.path.hint', { extension: `.${extension}` })}
        </p>
      </form>
    </Modal>
  );
}
