import { formatBytes } from '../../i18n/format-bytes';
import { useI18n } from '../../i18n/use-i18n';
import { CheckIcon } from '../../ui/icons';
import { basename } from '../files/file-path';
import { ShowInFolderButton } from './ShowInFolderButton';

/** The file written, its size and place, and on the desktop a way to it in the file manager. */
export function ExportSuccess({ path, bytes }: { path: string; bytes: number }) {
  const { t, locale } = useI18n();
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
      <ShowInFolderButton path={path} />
    </div>
  );
}
