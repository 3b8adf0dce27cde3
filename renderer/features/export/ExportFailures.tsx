import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { ExportedFile } from './write-export-files';

/**
 * One message per format that failed, with what to do. They top a form that may be scrolled
 * down to the path field: each new one is brought into view.
 */
export function ExportFailures({ files }: { files: readonly ExportedFile[] }) {
  const t = useT();
  const top = useRef<HTMLDivElement>(null);
  const failures = files.flatMap((file) => (file.status === 'failed' ? [file] : []));
  useEffect(() => {
    if (failures.length > 0) top.current?.scrollIntoView({ block: 'nearest' });
  }, [failures.length]);
  if (failures.length === 0) return null;
  return (
    <div ref={top} className="stack">
      {failures.map((failure) => (
        <ErrorBanner
          key={failure.format}
          title={t('export.failed', { format: t(`export.format.${failure.format}`) })}
          error={failure.error}
        />
      ))}
    </div>
  );
}
