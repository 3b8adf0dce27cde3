import { useState } from 'react';
import type { Project } from '../../../src/model/project';
import { useT } from '../../i18n/use-t';
import { CommentIcon } from '../../ui/icons';
import { useFilePicker } from '../files/use-file-picker';
import { ImportWordCommentsDialog } from './ImportWordCommentsDialog';

interface ImportWordCommentsButtonProps {
  /** Applies the import to the project being edited, which is then unsaved. */
  updateProject(update: (project: Project) => Project): void;
}

/** Brings back the comments a reviewer added to the charter's Word export. */
export function ImportWordCommentsButton({ updateProject }: ImportWordCommentsButtonProps) {
  const t = useT();
  const picker = useFilePicker();
  const [path, setPath] = useState<string | null>(null);

  const choose = async () => {
    const chosen = await picker.chooseFileToOpen({
      extension: 'docx',
      title: t('wordComments.choose'),
    });
    if (chosen) setPath(chosen);
  };

  return (
    <>
      {/* A short text: the toolbar row must still fit a laptop screen; the name says it all. */}
      <button
        type="button"
        className="button button--small"
        aria-label={t('wordComments.open')}
        title={t('wordComments.open')}
        onClick={() => void choose()}
      >
        <CommentIcon />
        {t('wordComments.open.short')}
      </button>
      {path !== null && (
        <ImportWordCommentsDialog
          path={path}
          updateProject={updateProject}
          onClose={() => setPath(null)}
        />
      )}
    </>
  );
}
