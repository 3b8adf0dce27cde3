import { useState } from 'react';
import type { Project } from '../../../src/model/project';
import { useT } from '../../i18n/use-t';
import { CompareIcon } from '../../ui/icons';
import { focusClause } from '../checks/focus-clause';
import { CompareVersionsDialog } from './CompareVersionsDialog';

/**
 * The title bar's way into the comparison. Before version 1 there is nothing to compare: the
 * button stays in sight, disabled in a way that still lets it be focused and say why.
 */
export function CompareVersionsEntry({ project }: { project: Project }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const available = project.versions.length > 0;
  const label = t('diff.open');

  return (
    <>
      <button
        type="button"
        className="button compare-button"
        aria-disabled={!available || undefined}
        title={available ? label : t('diff.open.noVersion')}
        onClick={() => available && setOpen(true)}
      >
        <CompareIcon />
        <span className="button__label--collapsible">{label}</span>
      </button>
      {open && (
        <CompareVersionsDialog
          project={project}
          onGoToClause={(clauseId) => {
            setOpen(false);
            // After the dialog is gone and has given focus back to this button.
            requestAnimationFrame(() => focusClause(clauseId));
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
