import { useState } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { IdentityDialog } from './IdentityDialog';

interface IdentityButtonProps {
  /** Undefined while the settings load. */
  reviewer: Author | null | undefined;
  saveReviewer(reviewer: Author): Promise<void>;
}

/** Who the user is for comments and review mode, and the way to change it. */
export function IdentityButton({ reviewer, saveReviewer }: IdentityButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (reviewer === undefined) return null;
  return (
    <>
      <button
        type="button"
        className="button button--quiet identity-button"
        title={t('comments.identity.change')}
        onClick={() => setOpen(true)}
      >
        {reviewer
          ? t('comments.identity.button', { name: reviewer.name, role: t(`role.${reviewer.role}`) })
          : t('comments.identity.unknown')}
      </button>
      {open && (
        <IdentityDialog
          reviewer={reviewer}
          saveReviewer={saveReviewer}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
