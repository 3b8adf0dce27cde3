import { useCallback } from 'react';
import type { ResponseOf } from '../../../src/api/contract';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { useConfirm } from '../../ui/use-confirm';
import { basename } from '../files/file-path';
import { restoreBackup } from './restore-backup';

/**
 * A file just opened that has a backup of unsaved work (the app or its host was killed): the
 * user restores it or discards it. Null when they cancel: nothing opens, the backup stays.
 */
export function useOfferRecovery(): (
  opened: ResponseOf<'project.open'>,
) => Promise<OpenedDocument | null> {
  const { t, locale } = useI18n();
  const confirm = useConfirm();
  return useCallback(
    async (opened) => {
      const asOnDisk: OpenedDocument = {
        project: opened.project,
        path: opened.path,
        identity: opened.identity,
        restored: null,
        backupBase: opened.backupBase,
      };
      const { recovery } = opened;
      if (!recovery) return asOnDisk;
      const choice = await confirm({
        title: t('recovery.title'),
        message: t('recovery.offer', {
          name: basename(opened.path),
          time: formatDateTime(recovery.savedAt, locale),
        }),
        confirmLabel: t('recovery.restore'),
        alternativeLabel: t('recovery.discard'),
        cancelLabel: t('action.cancel'),
      });
      if (choice === 'cancel') return null;
      if (choice === 'confirm') return restoreBackup(recovery.id, opened);
      await api.call('recovery.discard', { id: recovery.id });
      return asOnDisk;
    },
    [confirm, t, locale],
  );
}
