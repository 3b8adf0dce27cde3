import { useId } from 'react';
import { Modal } from './Modal';

export type ConfirmChoice = 'confirm' | 'alternative' | 'cancel';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A third way out, e.g. "Quit without saving" next to "Save". */
  alternativeLabel?: string;
  tone?: 'default' | 'danger';
}

interface ConfirmDialogProps extends ConfirmOptions {
  onChoose(choice: ConfirmChoice): void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  alternativeLabel,
  tone = 'default',
  onChoose,
}: ConfirmDialogProps) {
  const messageId = useId();
  return (
    <Modal
      title={title}
      role="alertdialog"
      size={alternativeLabel ? 'medium' : 'small'}
      describedBy={messageId}
      onClose={() => onChoose('cancel')}
      footer={
        <>
          {alternativeLabel && (
            <button
              type="button"
              className="button button--danger-quiet modal__footer-start"
              onClick={() => onChoose('alternative')}
            >
              {alternativeLabel}
            </button>
          )}
          <button type="button" className="button" onClick={() => onChoose('cancel')}>
            {cancelLabel}
          </button>
          <button
            type="button"
            autoFocus
            className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
            onClick={() => onChoose('confirm')}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p id={messageId} className="confirm__message">
        {message}
      </p>
    </Modal>
  );
}
