import type { ExportFormat } from '../../../src/api/contract';
import type { WrittenFile } from '../files/use-file-write';
import { writeWithOverwriteConfirmation } from '../files/write-with-overwrite-confirmation';

/** One file an export asks for. */
export interface ExportTarget {
  format: ExportFormat;
  path: string;
}

/** Where one file of the export stands. */
export type ExportedFile = ExportTarget &
  (
    | { status: 'waiting' | 'writing' }
    | { status: 'written'; bytes: number }
    /** The user chose to keep the file already there. */
    | { status: 'kept' }
    | { status: 'failed'; error: unknown }
  );

export const isPending = (file: ExportedFile) =>
  file.status === 'waiting' || file.status === 'writing';

export interface ExportFileWriter {
  /** Has the core write one file; refused when it exists unless `overwrite`. */
  writeOne(target: ExportTarget, overwrite: boolean): Promise<WrittenFile>;
  /** Asks the user whether to replace the file at `path`. */
  confirmOverwrite(path: string): Promise<boolean>;
  /** Whether the user already agreed to replace `path` (a native save dialog asks itself). */
  replaceConfirmed(path: string): boolean;
  onWritten(file: ExportTarget & WrittenFile): void;
  /** Every file's standing, each time one changes. */
  onProgress(files: readonly ExportedFile[]): void;
}

/**
 * Writes the targets one after the other, so the progress can be told file by file. A failure
 * or a kept file does not stop the others: each format is a document of its own.
 */
export async function writeExportFiles(
  targets: readonly ExportTarget[],
  writer: ExportFileWriter,
): Promise<readonly ExportedFile[]> {
  let files: readonly ExportedFile[] = targets.map((target) => ({ ...target, status: 'waiting' }));
  const settle = (index: number, file: ExportedFile) => {
    files = files.map((earlier, at) => (at === index ? file : earlier));
    writer.onProgress(files);
  };
  writer.onProgress(files);
  for (const [index, target] of targets.entries()) {
    settle(index, { ...target, status: 'writing' });
    let written: WrittenFile | null;
    try {
      written = await writeWithOverwriteConfirmation(
        (overwrite) => writer.writeOne(target, overwrite),
        () => writer.confirmOverwrite(target.path),
        writer.replaceConfirmed(target.path),
      );
    } catch (error) {
      settle(index, { ...target, status: 'failed', error });
      continue;
    }
    settle(
      index,
      written
        ? { ...target, path: written.path, status: 'written', bytes: written.bytes }
        : { ...target, status: 'kept' },
    );
    // Told once the file stands as written: what the listener does cannot make it a failure.
    if (written) writer.onWritten({ ...target, ...written });
  }
  return files;
}
