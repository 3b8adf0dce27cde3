import { useEffect, useRef } from 'react';

interface SaveShortcuts {
  save(): void;
  saveAs(): void;
}

/** Ctrl/Cmd+S saves, Ctrl/Cmd+Shift+S saves as — unless a dialog is in front. */
export function useSaveShortcuts(actions: SaveShortcuts): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') {
        return;
      }
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      if (event.shiftKey) latest.current.saveAs();
      else latest.current.save();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
