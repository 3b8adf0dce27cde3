import { useCallback } from 'react';
import { ConfirmDialog, type ConfirmChoice, type ConfirmOptions } from './ConfirmDialog';
import { useDialogStack } from './use-dialog-stack';

export function useConfirm(): (options: ConfirmOptions) => Promise<ConfirmChoice> {
  const dialogs = useDialogStack();
  return useCallback(
    (options) =>
      dialogs.open<ConfirmChoice>((resolve) => <ConfirmDialog {...options} onChoose={resolve} />),
    [dialogs],
  );
}
