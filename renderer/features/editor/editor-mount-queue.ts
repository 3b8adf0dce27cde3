import { useEffect, useState } from 'react';

/**
 * Clause editors created per idle period. Making one costs a few milliseconds (schema, view,
 * plugins): a handful stays well under a 50 ms task even on a busy machine.
 */
const EDITORS_PER_TURN = 4;
/** Even on a page that is never idle, the editors keep coming up. */
const LATEST_MS = 200;

/**
 * Hands out turns to create clause editors, a few at a time when the browser is idle, in the
 * order they ask (document order). Opening a long charter then shows its text at once and never
 * blocks the page: creating hundreds of editors in one go took seconds at 100 pages.
 */
class EditorMountQueue {
  private readonly waiting = new Set<() => void>();
  private idle: number | null = null;

  /** `grant` runs on the asker's turn; the function returned gives the place up. */
  request(grant: () => void): () => void {
    this.waiting.add(grant);
    this.idle ??= requestIdleCallback(this.serve, { timeout: LATEST_MS });
    return () => this.waiting.delete(grant);
  }

  private readonly serve = (): void => {
    this.idle = null;
    for (const grant of [...this.waiting].slice(0, EDITORS_PER_TURN)) {
      this.waiting.delete(grant);
      grant();
    }
    if (this.waiting.size > 0) {
      this.idle = requestIdleCallback(this.serve, { timeout: LATEST_MS });
    }
  };
}

const queue = new EditorMountQueue();

/** False until this component's turn to create its editor has come; true from then on. */
export function useEditorMountTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!ready) return queue.request(() => setReady(true));
  }, [ready]);
  return ready;
}
