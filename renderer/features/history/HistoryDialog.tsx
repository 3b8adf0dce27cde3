import { describeEvent } from '../../../src/history/describe-event';
import type { HistoryFormat } from '../../../src/history/history-format';
import { HISTORY_LABELS } from '../../../src/history/history-labels';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { Modal } from '../../ui/Modal';
import { FileExport } from '../files/FileExport';

const FORMATS: readonly HistoryFormat[] = ['md', 'csv', 'yaml'];

interface HistoryDialogProps {
  project: Project;
  projectPath: string | null;
  onClose(): void;
}

/**
 * The charter's audit trail, newest first: what happened, when, who did it, in the reader's
 * language (an older file's events keep the English sentence they recorded); and its export,
 * worded in the charter's language as the evidence pack's is.
 */
export function HistoryDialog({ project, projectPath, onClose }: HistoryDialogProps) {
  const { t, locale, language } = useI18n();
  const events = project.history.map((event, index) => ({ event, index })).reverse();
  const { kinds } = HISTORY_LABELS[language];
  return (
    <Modal
      title={t('history.title')}
      onClose={onClose}
      size="wide"
      footer={
        <FileExport
          formats={FORMATS}
          projectPath={projectPath}
          labels={{
            format: t('history.export.format'),
            option: (format) => t(`history.export.${format as HistoryFormat}`),
            submit: t('history.export.submit'),
            choosePath: t('history.export.choosePath'),
            fileName: t('history.export.fileName'),
            failed: t('history.export.failed'),
          }}
          write={(format, path, overwrite) =>
            api.call('history.write', { project, format, path, overwrite })
          }
        />
      }
    >
      <p className="history__intro">{t('history.intro')}</p>
      {events.length === 0 ? (
        <p className="history__intro">{t('history.empty')}</p>
      ) : (
        <ol className="history" aria-label={t('history.title')}>
          {events.map(({ event, index }) => {
            const detail = describeEvent(event, language);
            return (
              <li key={index} className={`history__event history__event--${event.kind}`}>
                <time className="history__at" dateTime={event.at}>
                  {formatDateTime(event.at, locale)}
                </time>
                <div className="history__what">
                  <p className="history__kind">
                    {kinds[event.kind]}
                    {event.actor && (
                      <span className="history__actor">
                        {' '}
                        {t('history.by', { name: event.actor })}
                      </span>
                    )}
                  </p>
                  {detail && (
                    <p className="history__detail" lang={event.fact ? undefined : 'en'}>
                      {detail}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Modal>
  );
}
