import type { LockOwner } from '../../../src/model/lock-owner';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { Notice } from '../../ui/Notice';

interface OpenElsewhereNoticeProps {
  owner: LockOwner;
  onDismiss(): void;
}

/** The file is open in another window, on another machine or by another user. */
export function OpenElsewhereNotice({ owner, onDismiss }: OpenElsewhereNoticeProps) {
  const { t, locale } = useI18n();
  return (
    <Notice tone="warning" title={t('fileSafety.openElsewhere.title')} onDismiss={onDismiss}>
      {t('fileSafety.openElsewhere.message', {
        user: owner.user,
        host: owner.host,
        app: owner.app,
        time: formatDateTime(owner.openedAt, locale),
      })}
    </Notice>
  );
}
