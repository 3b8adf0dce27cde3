import { useEffect, useState } from 'react';
import type { RecoverySummary } from '../../../src/api/contract';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useConfirm } from '../../ui/use-confirm';
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
  const confirm = useConfirm();
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
  // The last copy of that work: one stray click must not delete it.
  const discard = async ({ id, title }: RecoverySummary) => {
    const choice = await confirm({
      title: t('recovery.discardConfirm.title'),
      message: t('recovery.discardConfirm.message', { title }),
      confirmLabel: t('recovery.discardConfirm.confirm'),
      cancelLabel: t('action.cancel'),
      tone: 'danger',
    });
    if (choice !== 'confirm') return;
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
              {backup.path === null ? (
                <span className="muted">{t('recovery.neverSaved')}</span>
              ) : (
                <span className="file-path file-path--keep-name" title={backup.path}>
                  <span dir="ltr">{backup.path}</span>
                </span>
              )}
              <span className="muted">
                {t('recovery.savedAt', { time: formatDateTime(backup.savedAt, locale) })}
              </span>
            </span>
            <span className="recovery__actions">
              <button
                type="button"
                className="button button--danger-quiet"
                onClick={() => void discard(backup)}
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
