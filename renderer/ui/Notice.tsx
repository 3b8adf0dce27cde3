import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { CheckIcon, CloseIcon, InfoIcon, WarningIcon } from './icons';
import { IconButton } from './IconButton';

/** What the notice reports: something done, something to know, something to act on. */
export type NoticeTone = 'success' | 'info' | 'warning';

interface NoticeProps {
  title: string;
  children: ReactNode;
  onDismiss(): void;
  tone?: NoticeTone;
}

const ICONS: Record<NoticeTone, () => ReactNode> = {
  success: CheckIcon,
  info: InfoIcon,
  warning: WarningIcon,
};

/** Something that happened and what follows from it, until the reader dismisses it. */
export function Notice({ title, children, onDismiss, tone = 'success' }: NoticeProps) {
  const t = useT();
  const Icon = ICONS[tone];
  return (
    <div className={`notice notice--${tone}`} role="status">
      <span className="notice__icon">
        <Icon />
      </span>
      <div className="notice__text">
        <p className="notice__title">{title}</p>
        <p>{children}</p>
      </div>
      <IconButton label={t('action.dismiss')} onClick={onDismiss} className="notice__dismiss">
        <CloseIcon />
      </IconButton>
    </div>
  );
}
