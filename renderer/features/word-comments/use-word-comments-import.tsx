import { useState, type ReactNode } from 'react';
import type { Project } from '../../../src/model/project';
import { useT } from '../../i18n/use-t';
import { useFilePicker } from '../files/use-file-picker';
import { ImportWordCommentsDialog } from './ImportWordCommentsDialog';

/**
 * Brings back the comments a reviewer added to the charter's Word export: `start` picks the
 * .docx, `dialog` (to render) then shows what it holds and imports it.
 */
export function useWordCommentsImport(
  updateProject: (update: (project: Project) => Project) => void,
): { start(): Promise<void>; dialog: ReactNode } {
  const t = useT();
  const picker = useFilePicker();
  const [path, setPath] = useState<string | null>(null);

  const start = async () => {
    const chosen = await picker.chooseFileToOpen({
      extensions: ['docx'],
      title: t('wordComments.choose'),
      confirmLabel: t('action.open'),
    });
    if (chosen) setPath(chosen);
  };

  const dialog =
    path === null ? null : (
      <ImportWordCommentsDialog
        path={path}
        updateProject={updateProject}
        onClose={() => setPath(null)}
      />
    );
  return { start, dialog };
}
