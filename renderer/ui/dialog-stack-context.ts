import { createContext, type ReactNode } from 'react';

/** Renders a dialog that settles the promise by calling `resolve` exactly once. */
export type DialogRenderer<T> = (resolve: (value: T) => void) => ReactNode;

export interface DialogStack {
  open<T>(render: DialogRenderer<T>): Promise<T>;
}

export const DialogStackContext = createContext<DialogStack | null>(null);
