import { useEffect, useState } from 'react';
import type { RecoverySummary } from '../../../src/api/contract';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { restoreBackup } from './restore-backup';

interface RecoveryPanelProps {
  onRestored(document: OpenedDocument): void;
}

/**
 * The start screen's offer of work a crash left unsaved, charters never saved included; shown
 * only when there is some.
 */
export function RecoveryPanel({ onRestored }: RecoveryPanelProps) {
  const { t, locale } = useI18n();
  const [backups, setBackups] = useState<RecoverySummary[]>([]);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.call('recovery.list', {}).then(
      (found) => live && setBackups(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (backups.length === 0 && failure === null) return null;

  const restore = async (id: RecoverySummary['id']) => {
    setFailure(null);
    try {
      onRestored(await restoreBackup(id));
    } catch (error) {
      setFailure(error);
    }
  };
  const discard = async (id: RecoverySummary['id']) => {
    setFailure(null);
    try {
      await api.call('recovery.discard', { id });
      setBackups((shown) => shown.filter((backup) => backup.id !== id));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="panel recovery" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading" className="panel__title">
        {t('recovery.title')}
      </h2>
      {failure !== null && (
        <ErrorBanner
          title={t('recovery.failed')}
          error={failure}
          onDismiss={() => setFailure(null)}
        />
      )}
      <ul className="recovery__list" aria-labelledby="recovery-heading">
        {backups.map((backup) => (
          <li key={backup.id} className="recovery__item">
            <span className="recovery__text">
              <span className="recent-file__title">{backup.title}</span>
              <span className="file-path file-path--keep-name" title={backup.path ?? undefined}>
                <span dir="ltr">{backup.path ?? t('recovery.neverSaved')}</span>
              </span>
              <span className="muted">
                {t('recovery.savedAt', { time: formatDateTime(backup.savedAt, locale) })}
              </span>
            </span>
            <span className="recovery__actions">
              <button
                type="button"
                className="button button--danger-quiet"
                onClick={() => void discard(backup.id)}
              >
                {t('recovery.discard')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void restore(backup.id)}
              >
                {t('recovery.restore')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
