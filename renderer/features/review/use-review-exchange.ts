import { useCallback, useState } from 'react';
import { PROJECT_EXTENSION } from '../../../src/model/project-extension';
import type { MergeReport } from '../../../src/review/merge-report';
import { broughtSomething, mergeFeedback } from '../../../src/review/merge-feedback';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import type { ProjectStore } from '../editor/project-store';
import { useConfirmOverwrite } from '../files/use-confirm-overwrite';
import { useFilePicker } from '../files/use-file-picker';
import { writeWithOverwriteConfirmation } from '../files/write-with-overwrite-confirmation';
import { reviewCopyPath } from './review-copy-path';
import { startReview } from '../../../src/signoff/start-review';

export type ReviewOutcome =
  | { kind: 'copy-written'; path: string }
  | { kind: 'feedback-imported'; path: string; report: MergeReport };

type ReviewFailure =
  | { kind: 'send' | 'import'; error: unknown }
  /** The copy would have replaced the charter itself. */
  | { kind: 'same-file' };

/** HR's side of a review round: send a copy out, bring its comments back in. */
export function useReviewExchange(store: ProjectStore) {
  const t = useT();
  const picker = useFilePicker();
  const confirmOverwrite = useConfirmOverwrite();
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [failure, setFailure] = useState<ReviewFailure | null>(null);

  const sendForReview = useCallback(async () => {
    setOutcome(null);
    setFailure(null);
    const { project, path } = store.getDocument();
    const chosen = await picker.chooseSavePath({
      suggestedPath: reviewCopyPath(path, t('files.defaultName'), t('review.send.suffix')),
      extension: PROJECT_EXTENSION.slice(1),
      title: t('review.send.title'),
    });
    if (!chosen) return;
    if (chosen.path === path) {
      setFailure({ kind: 'same-file' });
      return;
    }
    try {
      const written = await writeWithOverwriteConfirmation(
        (overwrite) => api.call('review.writeCopy', { project, path: chosen.path, overwrite }),
        () => confirmOverwrite(chosen.path),
        chosen.replaceConfirmed,
      );
      if (!written) return;
      store.updateProject(startReview);
      setOutcome({ kind: 'copy-written', path: written.path });
    } catch (error) {
      setFailure({ kind: 'send', error });
    }
  }, [store, picker, confirmOverwrite, t]);

  const importFeedback = useCallback(async () => {
    setOutcome(null);
    setFailure(null);
    const path = await picker.chooseFileToOpen({
      title: t('review.import.title'),
      extensions: [PROJECT_EXTENSION.slice(1)],
      confirmLabel: t('review.import.confirm'),
    });
    if (!path) return;
    try {
      const projectId = store.getDocument().project.id;
      const { copies } = await api.call('review.readCopies', { projectId, paths: [path] });
      // Merged into the project as it is now, with no wait in between: nothing typed meanwhile is lost.
      const { project, report } = mergeFeedback(store.getDocument().project, copies, {
        now: new Date().toISOString(),
      });
      if (broughtSomething(report)) store.updateProject(() => project);
      setOutcome({ kind: 'feedback-imported', path, report });
    } catch (error) {
      setFailure({ kind: 'import', error });
    }
  }, [store, picker, t]);

  return {
    sendForReview,
    importFeedback,
    outcome,
    failure,
    dismiss: () => {
      setOutcome(null);
      setFailure(null);
    },
  };
}
