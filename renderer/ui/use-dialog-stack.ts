import { useContext } from 'react';
import { DialogStackContext, type DialogStack } from './dialog-stack-context';

export function useDialogStack(): DialogStack {
  const stack = useContext(DialogStackContext);
  if (!stack) throw new Error('useDialogStack must be used inside <DialogStackProvider>');
  return stack;
}
