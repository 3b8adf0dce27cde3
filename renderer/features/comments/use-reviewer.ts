import { useCallback, useEffect, useState } from 'react';
import type { Author } from '../../../src/model/comment';
import { api } from '../../api/client';

export interface ReviewerState {
  /** Undefined while the settings load; null when the user has not said who they are yet. */
  reviewer: Author | null | undefined;
  saveReviewer(reviewer: Author): Promise<void>;
}

/** Who the user is when commenting, from the settings; asked once, then remembered there. */
export function useReviewer(): ReviewerState {
  const [reviewer, setReviewer] = useState<Author | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api.call('settings.get', {}).then(
      (settings) => live && setReviewer(settings.reviewer ?? null),
      () => live && setReviewer(null),
    );
    return () => {
      live = false;
    };
  }, []);

  const saveReviewer = useCallback(async (next: Author) => {
    const settings = await api.call('settings.update', { reviewer: next });
    setReviewer(settings.reviewer ?? next);
  }, []);

  return { reviewer, saveReviewer };
}
