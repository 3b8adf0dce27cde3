import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { CheckIcon, CloseIcon } from './icons';
import { IconButton } from './IconButton';

interface NoticeProps {
  title: string;
  children: ReactNode;
  onDismiss(): void;
}

/** Something that went well and what follows from it, until the reader dismisses it. */
export function Notice({ title, children, onDismiss }: NoticeProps) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <span className="notice__icon">
        <CheckIcon />
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
