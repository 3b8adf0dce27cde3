import { useT } from '../../i18n/use-t';
import { SealIcon } from '../../ui/icons';

interface SignOffButtonProps {
  open: boolean;
  panelId: string;
  onToggle(): void;
}

/** The title bar's way to the sign-off panel. */
export function SignOffButton({ open, panelId, onToggle }: SignOffButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      title={t('signOff.open')}
      onClick={onToggle}
    >
      <SealIcon />
      <span className="button__label--collapsible">{t('signOff.open')}</span>
    </button>
  );
}
