import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { CloseIcon } from './icons';
import { IconButton } from './IconButton';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom, primary action last. */
  footer?: ReactNode;
  /** `large` is wide and tall whatever its content; `wide` only as tall as its content. */
  size?: 'small' | 'medium' | 'wide' | 'large';
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  /** While true, Escape and the close button do nothing (e.g. a file is being written). */
  busy?: boolean;
}

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), stacks nested dialogs, and turns Escape into a cancel event we route to onClose.
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  role = 'dialog',
  describedBy,
  busy = false,
}: ModalProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      className={`modal modal--${size}`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <header className="modal__header">
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <IconButton label={t('action.close')} onClick={onClose} disabled={busy}>
          <CloseIcon />
        </IconButton>
      </header>
      <div className="modal__body">{children}</div>
      {footer && <footer className="modal__footer">{footer}</footer>}
    </dialog>
  );
}
