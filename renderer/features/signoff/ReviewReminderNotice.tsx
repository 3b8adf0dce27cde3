import type { ReviewReminder } from '../../../src/signoff/review-reminder';
import { formatDay } from '../../i18n/format-day';
import { useI18n } from '../../i18n/use-i18n';
import { Notice } from '../../ui/Notice';

interface ReviewReminderNoticeProps {
  reminder: ReviewReminder;
  onDismiss(): void;
}

/** On opening: the charter's review is coming up, or overdue. */
export function ReviewReminderNotice({ reminder, onDismiss }: ReviewReminderNoticeProps) {
  const { t, locale } = useI18n();
  const date = formatDay(reminder.date, locale);
  const overdue = reminder.kind === 'overdue';
  return (
    <Notice
      title={overdue ? t('signOff.reminder.overdueTitle') : t('signOff.reminder.dueTitle')}
      tone={overdue ? 'warning' : 'info'}
      onDismiss={onDismiss}
    >
      {overdue ? t('signOff.reminder.overdue', { date }) : t('signOff.reminder.due', { date })}{' '}
      {t('signOff.reminder.next')}
    </Notice>
  );
}
