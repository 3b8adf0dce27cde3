import { useEffect, useMemo, useState } from 'react';
import type { ResponseOf } from '../../../src/api/contract';
import type { Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import { api } from '../../api/client';
import { answersForCore } from './answers-for-core';

/** How long typing must pause before the preview asks the core again. */
export const PREVIEW_DELAY_MS = 300;

export type PreviewItems = ResponseOf<'templates.preview'>;

export interface ClausePreview {
  /** The latest answer received, possibly for answers that have changed since. */
  items: PreviewItems | null;
  error: unknown;
  /** True while the answers shown differ from those the preview was made from. */
  updating: boolean;
}

interface Result {
  key: string;
  items: PreviewItems | null;
  error: unknown;
}

/**
 * The clauses `questionIds` shape, generated from the answers so far. It asks once typing
 * pauses, and only the answer to the latest question is kept: typing never waits for it.
 */
export function useClausePreview(
  templateId: string,
  language: Language,
  answers: Answers,
  questionIds: readonly string[],
): ClausePreview {
  const request = useMemo(
    () => ({
      templateId,
      language,
      answers: answersForCore(answers),
      questionIds: [...questionIds],
    }),
    [templateId, language, answers, questionIds],
  );
  const key = useMemo(() => JSON.stringify(request), [request]);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.call('templates.preview', request).then(
        (items) => live && setResult({ key, items, error: null }),
        (error: unknown) =>
          live && setResult((previous) => ({ key, items: previous?.items ?? null, error })),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request, key]);

  return {
    items: result?.items ?? null,
    error: result?.error ?? null,
    updating: result?.key !== key,
  };
}
