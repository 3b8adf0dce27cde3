import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../src/api/contract';
import { api } from '../../api/client';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { DocumentIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';

interface RecentFilesPanelProps {
  onOpen(path: string): void;
  openingPath: string | null;
}

type Recent =
  { status: 'loading' } | { status: 'loaded'; files: RecentFile[] } | { status: 'failed' };

export function RecentFilesPanel({ onOpen, openingPath }: RecentFilesPanelProps) {
  const { t, locale } = useI18n();
  const [recent, setRecent] = useState<Recent>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api.call('recent.list', {}).then(
      (files) => live && setRecent({ status: 'loaded', files }),
      () => live && setRecent({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="panel__title">
        {t('start.recent.heading')}
      </h2>
      {recent.status === 'loading' && <p className="muted">{t('start.recent.loading')}</p>}
      {recent.status === 'failed' && <p className="muted">{t('start.recent.failed')}</p>}
      {recent.status === 'loaded' && recent.files.length === 0 && (
        <p className="muted">{t('start.recent.none')}</p>
      )}
      {recent.status === 'loaded' && recent.files.length > 0 && (
        <ul className="recent-list" aria-labelledby="recent-heading">
          {recent.files.map((file) => (
            <li key={file.path}>
              <button
                type="button"
                className="recent-file"
                onClick={() => onOpen(file.path)}
                disabled={openingPath !== null}
                aria-busy={openingPath === file.path || undefined}
              >
                <span className="recent-file__icon">
                  {openingPath === file.path ? <Spinner /> : <DocumentIcon />}
                </span>
                <span className="recent-file__text">
                  <span className="recent-file__title">{file.title}</span>
                  <span className="file-path file-path--keep-name" title={file.path}>
                    <span dir="ltr">{file.path}</span>
                  </span>
                </span>
                <span className="recent-file__date">{formatDateTime(file.openedAt, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
