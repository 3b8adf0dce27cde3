import { useCallback } from 'react';
import { api } from '../../api/client';
import { formatList } from '../../i18n/format-list';
import { useI18n } from '../../i18n/use-i18n';
import { useConfirm } from '../../ui/use-confirm';
import { basename, dirname } from './file-path';

/** Asks whether to replace the file at `path`; true when the user agrees. */
export function useConfirmOverwrite(): (path: string) => Promise<boolean> {
  const { t } = useI18n();
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

/**
 * Before writing several files of one folder: which are there already, asked about once.
 * Resolves to the paths the user agreed to replace, or null when they would rather keep them.
 */
export function useConfirmOverwriteAll(): (paths: readonly string[]) => Promise<string[] | null> {
  const { t, locale } = useI18n();
  const confirm = useConfirm();
  const confirmOne = useConfirmOverwrite();
  return useCallback(
    async (paths) => {
      if (paths.length === 0) return [];
      // Should the question fail, each write still refuses to replace a file unasked.
      const { existing } = await api
        .call('files.existing', { paths: [...paths] })
        .catch(() => ({ existing: [] }));
      const [first] = existing;
      if (first === undefined) return [];
      if (existing.length === 1) return (await confirmOne(first)) ? existing : null;
      const answer = await confirm({
        title: t('files.overwrite.many.title'),
        message: t('files.overwrite.many.message', {
          names: formatList(
            existing.map((path) => t('files.quotedName', { name: basename(path) })),
            locale,
          ),
          folder: dirname(first),
        }),
        confirmLabel: t('files.overwrite.many.confirm'),
        cancelLabel: t('action.cancel'),
        tone: 'danger',
      });
      return answer === 'confirm' ? existing : null;
    },
    [confirm, confirmOne, locale, t],
  );
}
