import { useCallback } from 'react';
import { useT } from '../../i18n/use-t';
import { useConfirm } from '../../ui/use-confirm';
import { useDialogStack } from '../../ui/use-dialog-stack';
import { basename } from '../files/file-path';
import { ChangedOnDiskDialog, type ChangedOnDiskChoice } from './ChangedOnDiskDialog';

/** What a refused save goes on with; reloading (once confirmed) has happened already. */
export type SaveAfterConflict = 'overwrite' | 'save-as' | null;

/**
 * Asks what to do when the file changed on disk: reload it (losing the changes here, confirmed
 * first), replace it with this version, or save this version under another name.
 */
export function useResolveChangedOnDisk(
  reload: (path: string) => void,
): (path: string, modifiedAt: string) => Promise<SaveAfterConflict> {
  const t = useT();
  const dialogs = useDialogStack();
  const confirm = useConfirm();
  return useCallback(
    async (path, modifiedAt) => {
      const name = basename(path);
      const choice = await dialogs.open<ChangedOnDiskChoice>((resolve) => (
        <ChangedOnDiskDialog fileName={name} modifiedAt={modifiedAt} onChoose={resolve} />
      ));
      if (choice === 'overwrite' || choice === 'save-as') return choice;
      if (choice === 'reload') {
        const confirmed = await confirm({
          title: t('fileSafety.reload.title'),
          message: t('fileSafety.reload.message', { name }),
          confirmLabel: t('fileSafety.reload.confirm'),
          cancelLabel: t('action.cancel'),
          tone: 'danger',
        });
        if (confirmed === 'confirm') reload(path);
      }
      return null;
    },
    [dialogs, confirm, t, reload],
  );
}
