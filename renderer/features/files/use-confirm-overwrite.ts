import { useCallback } from 'react';
import { useT } from '../../i18n/use-t';
import { useConfirm } from '../../ui/use-confirm';
import { basename, dirname } from './file-path';

export function useConfirmOverwrite(): (path: string) => Promise<boolean> {
  const t = useT();
  const confirm = useConfirm();
  return useCallback(
    async (path) =>
      (await confirm({
        title: t('files.overwrite.title'),
        message: t('files.overwrite.message', { name: basename(path), folder: dirname(path) }),
        confirmLabel: t('files.overwrite.confirm'),
        cancelLabel: t('action.cancel'),
        tone: 'danger',
      })) === 'confirm',
    [confirm, t],
  );
}
