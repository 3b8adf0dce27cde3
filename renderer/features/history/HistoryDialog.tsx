import { describeEvent } from '../../../src/history/describe-event';
import type { HistoryEvent } from '../../../src/model/history-event';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { Modal } from '../../ui/Modal';

interface HistoryDialogProps {
  history: readonly HistoryEvent[];
  onClose(): void;
}

/**
 * The charter's audit trail, newest first: what happened, when, who did it, in the reader's
 * language; an older file's events keep the English sentence they recorded.
 */
export function HistoryDialog({ history, onClose }: HistoryDialogProps) {
  const { t, locale, language } = useI18n();
  const events = history.map((event, index) => ({ event, index })).reverse();
  return (
    <Modal title={t('history.title')} onClose={onClose} size="wide">
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
                    {t(`history.kind.${event.kind}`)}
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
