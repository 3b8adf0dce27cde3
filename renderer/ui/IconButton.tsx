import type { ReactNode } from 'react';

interface IconButtonProps {
  /** Both the accessible name and the tooltip: an icon alone says nothing to a screen reader. */
  label: string;
  onClick: () => void;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
}

export function IconButton({ label, onClick, children, className, disabled }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}
