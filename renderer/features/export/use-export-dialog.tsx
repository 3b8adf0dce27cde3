import { useCallback, useState, type ReactNode } from 'react';
import type { ExportRecord } from '../../../src/history/export-event';
import type { Project } from '../../../src/model/project';
import { formatBytes } from '../../i18n/format-bytes';
import { useI18n } from '../../i18n/use-i18n';
import { Notice } from '../../ui/Notice';
import { basename } from '../files/file-path';
import type { WritePhase, WrittenFile } from '../files/use-file-write';
import { ExportDialog } from './ExportDialog';

type View = 'closed' | 'open' | 'hidden';

interface ExportDialogState {
  open(): void;
  /** The dialog, mounted while open or while its export runs out of sight. */
  dialog: ReactNode;
  /** Once an export finished out of sight: which file it wrote. */
  notice: ReactNode;
}

/**
 * « Exporter… »: the dialog, and the choice to go on typing while a long export (a PDF) runs.
 * A file written out of sight is announced; a failure opens the dialog again on its message.
 */
export function useExportDialog(
  project: Project,
  projectPath: string | null,
  onExported: (record: ExportRecord) => void,
): ExportDialogState {
  const { t, locale } = useI18n();
  const [view, setView] = useState<View>('closed');
  const [written, setWritten] = useState<WrittenFile | null>(null);

  const finishedHidden = useCallback((outcome: WritePhase) => {
    if (outcome.name === 'done') {
      setWritten({ path: outcome.path, bytes: outcome.bytes });
      setView('closed');
    } else {
      setView('open');
    }
  }, []);

  return {
    open: () => {
      setWritten(null);
      setView('open');
    },
    dialog: view !== 'closed' && (
      <ExportDialog
        project={project}
        projectPath={projectPath}
        onExported={onExported}
        hidden={view === 'hidden'}
        onHide={() => setView('hidden')}
        onFinishedHidden={finishedHidden}
        onClose={() => setView('closed')}
      />
    ),
    notice: written && (
      <Notice title={t('export.doneTitle')} onDismiss={() => setWritten(null)}>
        {t('export.done', {
          name: basename(written.path),
          size: formatBytes(written.bytes, locale),
        })}
      </Notice>
    ),
  };
}
