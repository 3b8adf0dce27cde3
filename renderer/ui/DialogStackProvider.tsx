import { Fragment, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { DialogStackContext, type DialogRenderer, type DialogStack } from './dialog-stack-context';

interface OpenDialog {
  key: number;
  element: ReactNode;
}

/** Lets any code await an answer from a modal (confirm, choose a path) as a plain promise. */
export function DialogStackProvider({ children }: { children: ReactNode }) {
  const [dialogs, setDialogs] = useState<OpenDialog[]>([]);
  const nextKey = useRef(0);

  const open = useCallback(<T,>(render: DialogRenderer<T>) => {
    nextKey.current += 1;
    const key = nextKey.current;
    return new Promise<T>((resolvePromise) => {
      const resolve = (value: T) => {
        setDialogs((current) => current.filter((dialog) => dialog.key !== key));
        resolvePromise(value);
      };
      setDialogs((current) => [...current, { key, element: render(resolve) }]);
    });
  }, []);

  const stack = useMemo<DialogStack>(() => ({ open }), [open]);

  return (
    <DialogStackContext.Provider value={stack}>
      {children}
      {dialogs.map((dialog) => (
        <Fragment key={dialog.key}>{dialog.element}</Fragment>
      ))}
    </DialogStackContext.Provider>
  );
}
