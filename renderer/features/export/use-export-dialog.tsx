import { useCallback, useState, type ReactNode } from 'react';
import type { ExportRecord } from '../../../src/history/export-event';
import type { Branding } from '../../../src/model/branding';
import type { Project } from '../../../src/model/project';
import { formatBytes } from '../../i18n/format-bytes';
import { useI18n } from '../../i18n/use-i18n';
import { Notice } from '../../ui/Notice';
import { basename, dirname } from '../files/file-path';
import type { WrittenFile } from '../files/use-file-write';
import { ExportDialog } from './ExportDialog';
import type { ExportedFile } from './write-export-files';

type View = 'closed' | 'open' | 'hidden';

interface ExportDialogState {
  open(): void;
  /** An export runs out of sight: its files are not all written yet. */
  runningOutOfSight: boolean;
  /** The dialog, mounted while open or while its export runs out of sight. */
  dialog: ReactNode;
  /** Once an export finished out of sight: which files it wrote. */
  notice: ReactNode;
}

/**
 * « Exporter… »: the dialog, and the choice to go on typing while a long export (a PDF) runs.
 * Files written out of sight are announced; a failure, or a file kept rather than replaced,
 * opens the dialog again on what happened.
 */
export function useExportDialog(
  project: Project,
  projectPath: string | null,
  onExported: (records: readonly ExportRecord[]) => void,
  onBrandingChange: (branding: Branding) => void,
): ExportDialogState {
  const { t, locale } = useI18n();
  const [view, setView] = useState<View>('closed');
  const [written, setWritten] = useState<readonly WrittenFile[]>([]);

  const finishedHidden = useCallback((files: readonly ExportedFile[]) => {
    const done = files.flatMap((file) => (file.status === 'written' ? [file] : []));
    if (done.length === files.length) {
      setWritten(done);
      setView('closed');
    } else {
      setView('open');
    }
  }, []);

  const [only] = written;
  return {
    open: () => {
      setWritten([]);
      setView('open');
    },
    runningOutOfSight: view === 'hidden',
    dialog: view !== 'closed' && (
      <ExportDialog
        project={project}
        projectPath={projectPath}
        onExported={onExported}
        onBrandingChange={onBrandingChange}
        hidden={view === 'hidden'}
        onHide={() => setView('hidden')}
        onFinishedHidden={finishedHidden}
        onClose={() => setView('closed')}
      />
    ),
    notice: only && (
      <Notice title={t('export.doneTitle')} onDismiss={() => setWritten([])}>
        {written.length === 1
          ? t('export.done', { name: basename(only.path), size: formatBytes(only.bytes, locale) })
          : t('export.done.count', { count: written.length, folder: dirname(only.path) })}
      </Notice>
    ),
  };
}
