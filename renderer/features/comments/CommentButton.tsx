import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../i18n/use-t';
import { CommentIcon } from '../../ui/icons';
import { shortcutLabel } from '../editor/shortcut-label';
import { COMMENT_SHORTCUT_KEY } from './use-comment-shortcut';

interface CommentButtonProps {
  editor: Editor | null;
  onComment(): void;
}

/** Comments on the passage selected in the clause that has (or last had) focus. */
export function CommentButton({ editor, onComment }: CommentButtonProps) {
  const t = useT();
  const hasSelection =
    useEditorState({
      editor,
      selector: ({ editor: current }) => current !== null && !current.state.selection.empty,
    }) ?? false;
  const enabled = editor !== null && hasSelection;
  const shortcut = shortcutLabel(COMMENT_SHORTCUT_KEY, { alt: true });
  return (
    <button
      type="button"
      className="button button--small comment-button"
      title={enabled ? `${t('comments.add')} (${shortcut})` : t('comments.add.needsSelection')}
      aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
      aria-disabled={!enabled || undefined}
      // The selection stays in the clause: it is the passage to comment on.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => enabled && onComment()}
    >
      <CommentIcon />
      {t('comments.add')}
    </button>
  );
}
