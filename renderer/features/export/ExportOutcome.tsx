import { formatBytes } from '../../i18n/format-bytes';
import { formatList } from '../../i18n/format-list';
import { useI18n } from '../../i18n/use-i18n';
import { CheckIcon } from '../../ui/icons';
import { basename, dirname } from '../files/file-path';
import { ExportSuccess } from './ExportSuccess';
import { ShowInFolderButton } from './ShowInFolderButton';
import type { ExportedFile } from './write-export-files';

/**
 * The files an export wrote, with their size and folder, and any it was told to keep; its
 * failures are shown apart, each with its own message.
 */
export function ExportOutcome({ files }: { files: readonly ExportedFile[] }) {
  const { t, locale } = useI18n();
  const written = files.flatMap((file) => (file.status === 'written' ? [file] : []));
  const kept = files.filter((file) => file.status === 'kept').map((file) => basename(file.path));
  const [first] = written;
  return (
    <>
      {written.length === 1 && first && <ExportSuccess path={first.path} bytes={first.bytes} />}
      {written.length > 1 && first && (
        <div className="success-line">
          <CheckIcon />
          <div className="success-line__text">
            <p className="success-line__title">
              {t('export.done.many', {
                names: formatList(
                  written.map((file) => t('files.quotedName', { name: basename(file.path) })),
                  locale,
                ),
                size: formatBytes(
                  written.reduce((total, file) => total + file.bytes, 0),
                  locale,
                ),
              })}
            </p>
            <p className="file-path" title={dirname(first.path)}>
              {dirname(first.path)}
            </p>
          </div>
          <ShowInFolderButton path={first.path} />
        </div>
      )}
      {kept.length > 0 && (
        <p className="export__kept">
          {t(kept.length === 1 ? 'export.kept.one' : 'export.kept.many', {
            names: formatList(
              kept.map((name) => t('files.quotedName', { name })),
              locale,
            ),
          })}
        </p>
      )}
    </>
  );
}
