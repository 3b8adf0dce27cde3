import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RichTextDoc } from '../../../src/model/rich-text';
import type { CommentPassage } from '../../../src/review/comment-passages';
import { CommentHighlights, commentHighlightsKey } from '../comments/comment-highlights';
import { CommentPassageContext } from '../comments/comment-passage-context';
import { RichTextView } from '../../ui/RichTextView';
import { clauseExtensions } from './clause-extensions';
import { useEditorMountTurn } from './editor-mount-queue';
import { ReadOnlyContext } from './read-only-context';
import { ReadOnlyText } from './read-only-text';
import { toRichTextDoc } from './to-rich-text-doc';

interface ClauseEditorProps {
  clauseId: string;
  body: RichTextDoc;
  /** The accessible name of the text box, e.g. "Texte de la clause « Objet »". */
  label: string;
  /** Set while the editor holds a change the model refused; `describedBy` then says why. */
  rejected: boolean;
  describedBy: string;
  onChange(body: RichTextDoc): void;
  /** The editor's content is something the model refuses: the change cannot be kept. */
  onReject(): void;
  onActivate(editor: Editor): void;
  onDestroy(editor: Editor): void;
}

/**
 * One clause body as rich text. Until its turn to become an editor comes (see
 * editor-mount-queue), the text is shown as it will look, read-only.
 */
export function ClauseEditor(props: ClauseEditorProps) {
  const ready = useEditorMountTurn();
  if (ready) return <MountedClauseEditor {...props} />;
  return (
    <div className="clause-editor-host">
      <RichTextView doc={props.body} className="clause-editor--pending" />
    </div>
  );
}

/** The editor owns its content after mount; it reports each change. */
function MountedClauseEditor({
  clauseId,
  body,
  label,
  rejected,
  describedBy,
  onChange,
  onReject,
  onActivate,
  onDestroy,
}: ClauseEditorProps) {
  const [initialBody] = useState(body);
  // Extensions are fixed at creation: CharterDocument's key rebuilds the editors when this changes.
  const readOnly = useContext(ReadOnlyContext);
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: readOnly ? 'clause-editor clause-editor--read-only' : 'clause-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        spellcheck: readOnly ? 'false' : 'true',
        ...(readOnly && { 'aria-readonly': 'true' }),
        ...(rejected && { 'aria-invalid': 'true', 'aria-describedby': describedBy }),
      },
    }),
    [label, rejected, describedBy, readOnly],
  );

  const passageStore = useContext(CommentPassageContext);
  const passages = useSyncExternalStore(
    passageStore?.subscribe ?? noSubscription,
    () => passageStore?.passagesOf(clauseId) ?? NO_PASSAGES,
  );
  const activeId = useSyncExternalStore(
    passageStore?.subscribe ?? noSubscription,
    () => passageStore?.activeCommentId() ?? null,
  );
  const [extensions] = useState(() => [
    ...clauseExtensions,
    CommentHighlights.configure({ onActivate: (id) => passageStore?.activate(id) }),
    ...(readOnly ? [ReadOnlyText] : []),
  ]);

  const editor = useEditor({
    extensions,
    content: initialBody,
    injectCSS: false,
    editorProps,
    onUpdate: ({ editor: changed }) => {
      const next = toRichTextDoc(changed.getJSON());
      if (next) onChange(next);
      else onReject();
    },
    onFocus: ({ editor: focused }) => onActivate(focused),
  });

  useEffect(() => {
    if (!editor) return;
    return () => onDestroy(editor);
  }, [editor, onDestroy]);

  useEffect(() => {
    if (editor && passageStore) return passageStore.registerEditor(clauseId, editor);
  }, [editor, passageStore, clauseId]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, { passages, activeId }));
  }, [editor, passages, activeId]);

  return <EditorContent editor={editor} className="clause-editor-host" />;
}

const NO_PASSAGES: readonly CommentPassage[] = [];
const noSubscription = () => () => undefined;
