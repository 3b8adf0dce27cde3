import { useEffect, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { commentPassageTracker } from '../../../src/review/comment-passages';
import type { CommentPassageStore } from './comment-passage-store';

/** Even while the author types without a pause, the highlights catch up within this time. */
const LATEST_MS = 1000;

/**
 * Keeps the highlighted passages in step with the text, off the typing path: the comments are
 * found again when the browser is idle, and only in the clauses that changed. Until then, the
 * editors move the highlights along with each edit themselves.
 */
export function useIdleCommentPassages(store: CommentPassageStore, project: Project): void {
  const [track] = useState(commentPassageTracker);
  useEffect(() => {
    const idle = requestIdleCallback(() => store.update(track(project)), { timeout: LATEST_MS });
    return () => cancelIdleCallback(idle);
  }, [store, track, project]);
}
