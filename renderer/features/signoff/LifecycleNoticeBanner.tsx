import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Notice';
import type { LifecycleNotice } from '../editor/project-store';

interface LifecycleNoticeBannerProps {
  notice: LifecycleNotice;
  onDismiss(): void;
}

/** Tells the user what their edit did to the sign-off: a withdrawn request, or a new draft. */
export function LifecycleNoticeBanner({ notice, onDismiss }: LifecycleNoticeBannerProps) {
  const t = useT();
  if (notice.kind === 'reopened') {
    return (
      <Notice title={t('signOff.reopened.title')} tone="info" onDismiss={onDismiss}>
        {t('signOff.reopened', { number: notice.fromVersion })}
      </Notice>
    );
  }
  const { invalidated } = notice;
  return (
    <Notice title={t('signOff.withdrawn.title')} tone="warning" onDismiss={onDismiss}>
      {invalidated === 0
        ? t('signOff.withdrawn.none')
        : invalidated === 1
          ? t('signOff.withdrawn.one')
          : t('signOff.withdrawn.other', { count: invalidated })}
    </Notice>
  );
}
