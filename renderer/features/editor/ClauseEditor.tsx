import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useContext, useEffect, useMemo, useState } from 'react';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { clauseExtensions } from './clause-extensions';
import { ReadOnlyContext } from './read-only-context';
import { ReadOnlyText } from './read-only-text';
import { toRichTextDoc } from './to-rich-text-doc';

interface ClauseEditorProps {
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

/** One clause body as rich text. The editor owns its content after mount; it reports each change. */
export function ClauseEditor({
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

  const editor = useEditor({
    extensions: readOnly ? [...clauseExtensions, ReadOnlyText] : clauseExtensions,
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

  return <EditorContent editor={editor} className="clause-editor-host" />;
}
