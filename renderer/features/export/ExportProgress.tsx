import { useT } from '../../i18n/use-t';
import { Spinner } from '../../ui/Spinner';
import type { ExportedFile } from './write-export-files';

/** Which file is being made and, for several, how many are done out of how many. */
export function ExportProgress({ files }: { files: readonly ExportedFile[] }) {
  const t = useT();
  const index = files.findIndex((file) => file.status === 'writing');
  const current = files[index];
  if (!current) return null;
  const format = t(`export.format.${current.format}`);
  if (files.length === 1)
    return (
      <p className="loading-line">
        <Spinner />
        {t('export.progress', { format })}
      </p>
    );
  return (
    <div className="export-progress">
      <p className="loading-line">
        <Spinner />
        {t('export.progress.many', { format, index: index + 1, total: files.length })}
      </p>
      <progress
        className="export-progress__bar"
        max={files.length}
        value={index}
        aria-label={t('export.progress.label')}
      />
    </div>
  );
}
