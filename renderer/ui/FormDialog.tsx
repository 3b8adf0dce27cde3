import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Modal } from './Modal';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** While true, nothing can be sent twice or closed mid-way. */
  busy: boolean;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/** A small modal form: its fields, then Cancel and the primary action, Enter sending it. */
export function FormDialog({
  title,
  submitLabel,
  busy,
  onSubmit,
  onClose,
  children,
  className,
}: FormDialogProps) {
  const t = useT();
  const id = useId();
  return (
    <Modal
      title={title}
      onClose={onClose}
      size="small"
      busy={busy}
      footer={
        <div className="button-row">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={id} className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      }
    >
      <form id={id} className={className} onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </Modal>
  );
}
