import { api } from '../../api/client';
import { useHost } from '../../app/use-host';
import { formatBytes } from '../../i18n/format-bytes';
import { useI18n } from '../../i18n/use-i18n';
import { CheckIcon, FolderIcon } from '../../ui/icons';
import { basename } from '../files/file-path';

/** The file written, its size and place, and on the desktop a way to it in the file manager. */
export function ExportSuccess({ path, bytes }: { path: string; bytes: number }) {
  const { t, locale } = useI18n();
  const host = useHost();
  return (
    <div className="success-line">
      <CheckIcon />
      <div className="success-line__text">
        <p className="success-line__title">
          {t('export.done', { name: basename(path), size: formatBytes(bytes, locale) })}
        </p>
        <p className="file-path" title={path}>
          {path}
        </p>
      </div>
      {host.nativeDialogs && (
        <button
          type="button"
          className="button button--small"
          // Nothing to report if it fails: the path is shown above.
          onClick={() => void api.call('files.showInFolder', { path }).catch(() => undefined)}
        >
          <FolderIcon />
          {t('export.showInFolder')}
        </button>
      )}
    </div>
  );
}
