import { useCallback, useState } from 'react';
import { useConfirmOverwrite } from './use-confirm-overwrite';
import { writeWithOverwriteConfirmation } from './write-with-overwrite-confirmation';

export interface WrittenFile {
  path: string;
  bytes: number;
}

/** Where a write of a file stands, for the dialog that shows its progress and outcome. */
export type WritePhase =
  | { name: 'idle' }
  | { name: 'writing' }
  | ({ name: 'done' } & WrittenFile)
  | { name: 'failed'; error: unknown };

const IDLE: WritePhase = { name: 'idle' };

export interface FileWrite {
  phase: WritePhase;
  /**
   * Writes through `call`, asking before replacing `path` unless that was confirmed already;
   * resolves to the file written, or null when the user kept the old one or the write failed.
   */
  write(
    call: (overwrite: boolean) => Promise<WrittenFile>,
    path: string,
    replaceConfirmed: boolean,
  ): Promise<WrittenFile | null>;
  reset(): void;
}

/** One way to write an export, a summary or a pack: progress, the overwrite question, the outcome. */
export function useFileWrite(): FileWrite {
  const confirmOverwrite = useConfirmOverwrite();
  const [phase, setPhase] = useState<WritePhase>(IDLE);

  const write = useCallback<FileWrite['write']>(
    async (call, path, replaceConfirmed) => {
      setPhase({ name: 'writing' });
      try {
        const result = await writeWithOverwriteConfirmation(
          call,
          async () => {
            // Nothing is being written while the user decides.
            setPhase(IDLE);
            const confirmed = await confirmOverwrite(path);
            if (confirmed) setPhase({ name: 'writing' });
            return confirmed;
          },
          replaceConfirmed,
        );
        setPhase(result ? { name: 'done', ...result } : IDLE);
        return result;
      } catch (error) {
        setPhase({ name: 'failed', error });
        return null;
      }
    },
    [confirmOverwrite],
  );

  const reset = useCallback(() => setPhase(IDLE), []);
  return { phase, write, reset };
}
