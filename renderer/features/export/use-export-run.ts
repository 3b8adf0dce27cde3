import { useCallback, useState } from 'react';
import { useConfirmOverwrite } from '../files/use-confirm-overwrite';
import {
  isPending,
  writeExportFiles,
  type ExportedFile,
  type ExportFileWriter,
  type ExportTarget,
} from './write-export-files';

export interface ExportRun {
  /** Every file of the latest export, in the order they are written; null before any. */
  files: readonly ExportedFile[] | null;
  running: boolean;
  /** Writes the targets (writeExportFiles), asking before replacing a file. */
  run(
    targets: readonly ExportTarget[],
    writer: Omit<ExportFileWriter, 'confirmOverwrite' | 'onProgress'>,
  ): Promise<readonly ExportedFile[]>;
  reset(): void;
}

/** An export of one format or several, with each file's standing for the dialog to show. */
export function useExportRun(): ExportRun {
  const confirmOverwrite = useConfirmOverwrite();
  const [files, setFiles] = useState<readonly ExportedFile[] | null>(null);

  const run = useCallback<ExportRun['run']>(
    (targets, writer) =>
      writeExportFiles(targets, { ...writer, confirmOverwrite, onProgress: setFiles }),
    [confirmOverwrite],
  );

  const reset = useCallback(() => setFiles(null), []);
  return { files, running: files?.some(isPending) ?? false, run, reset };
}
