import { useId } from 'react';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { Modal } from '../../ui/Modal';

export type ChangedOnDiskChoice = 'reload' | 'overwrite' | 'save-as' | 'cancel';

interface ChangedOnDiskDialogProps {
  fileName: string;
  modifiedAt: string;
  onChoose(choice: ChangedOnDiskChoice): void;
}

/** A save found the file changed by another program: the user says which version wins. */
export function ChangedOnDiskDialog({ fileName, modifiedAt, onChoose }: ChangedOnDiskDialogProps) {
  const { t, locale } = useI18n();
  const messageId = useId();
  return (
    <Modal
      title={t('fileSafety.changed.title')}
      role="alertdialog"
      size="wide"
      describedBy={messageId}
      onClose={() => onChoose('cancel')}
      footer={
        <>
          <button
            type="button"
            className="button button--danger-quiet modal__footer-start"
            onClick={() => onChoose('reload')}
          >
            {t('fileSafety.changed.reload')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('cancel')}>
            {t('action.cancel')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('overwrite')}>
            {t('fileSafety.changed.overwrite')}
          </button>
          <button
            type="button"
            autoFocus
            className="button button--primary"
            onClick={() => onChoose('save-as')}
          >
            {t('fileSafety.changed.saveAs')}
          </button>
        </>
      }
    >
      <p id={messageId} className="confirm__message">
        {t('fileSafety.changed.message', {
          name: fileName,
          time: formatDateTime(modifiedAt, locale),
        })}
      </p>
    </Modal>
  );
}
