import { useEffect, useRef } from 'react';

/** The letter of Ctrl/Cmd+Alt+M, the shortcut to comment on the selection (as in Word). */
export const COMMENT_SHORTCUT_KEY = 'M';

/** Ctrl/Cmd+Alt+M comments on the selection — unless a dialog is in front. */
export function useCommentShortcut(comment: () => void): void {
  const latest = useRef(comment);
  useEffect(() => {
    latest.current = comment;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The physical key: with Alt held, macOS types "µ" rather than "m".
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
