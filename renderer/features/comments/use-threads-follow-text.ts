import { useEffect, type RefObject } from 'react';

/**
 * While the charter scrolls, the comments panel scrolls with it so that the thread of a commented
 * passage in view — the one in focus (`activeId`), else the first — sits level with that passage:
 * threads line up with what they discuss. Scrolling the panel itself stays free; the next scroll
 * of the text lines them up again.
 */
export function useThreadsFollowText(
  panel: RefObject<HTMLElement | null>,
  text: RefObject<HTMLElement | null>,
  enabled: boolean,
  activeId: () => string | null,
): void {
  useEffect(() => {
    const panelElement = panel.current;
    const textElement = text.current;
    if (!enabled || !panelElement || !textElement) return;
    let frame = 0;
    const lineUp = () => {
      frame = 0;
      const view = textElement.getBoundingClientRect();
      const inView = [
        ...textElement.querySelectorAll<HTMLElement>('.comment-highlight[data-comment-id]'),
      ].filter((candidate) => {
        const box = candidate.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
      const active = activeId();
      const passage =
        inView.find((candidate) => candidate.dataset.commentId === active) ?? inView[0];
      const commentId = passage?.dataset.commentId;
      if (!passage || !commentId) return;
      const thread = panelElement.querySelector<HTMLElement>(
        `article[data-comment-id="${CSS.escape(commentId)}"]`,
      );
      const list = thread?.closest<HTMLElement>('.comments__list');
      if (!thread || !list) return;
      // A passage that starts above the view: its thread starts at the top, where it can be read.
      const level = Math.max(passage.getBoundingClientRect().top, view.top);
      lineUpThread(panelElement, list, thread, level);
    };
    // At most once a frame: reading layout on every scroll event would make scrolling stutter.
    const schedule = () => {
      frame ||= requestAnimationFrame(lineUp);
    };
    textElement.addEventListener('scroll', schedule, { passive: true });
    schedule();
    return () => {
      textElement.removeEventListener('scroll', schedule);
      cancelAnimationFrame(frame);
    };
  }, [panel, text, enabled, activeId]);
}

/**
 * Moves `thread` to the height `level` (in viewport pixels): by scrolling the panel where it can,
 * and by the space above the list where it cannot (a passage low on the page whose thread comes
 * first in the list).
 */
function lineUpThread(
  panel: HTMLElement,
  list: HTMLElement,
  thread: HTMLElement,
  level: number,
): void {
  let down = level - thread.getBoundingClientRect().top;
  const space = Number.parseFloat(list.style.paddingTop) || 0;
  if (down > 0) {
    const byScroll = Math.min(down, panel.scrollTop);
    panel.scrollTop -= byScroll;
    down -= byScroll;
    list.style.paddingTop = `${space + down}px`;
  } else {
    const bySpace = Math.min(-down, space);
    list.style.paddingTop = `${space - bySpace}px`;
    panel.scrollTop -= down + bySpace;
  }
}
