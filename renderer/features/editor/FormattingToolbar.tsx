import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import {
  BoldIcon,
  BulletListIcon,
  ItalicIcon,
  OrderedListIcon,
  RedoIcon,
  UndoIcon,
} from '../../ui/icons';
import { shortcutLabel } from './shortcut-label';

const NOTHING_ACTIVE = {
  bold: false,
  italic: false,
  bulletList: false,
  orderedList: false,
  canUndo: false,
  canRedo: false,
};

interface ToolbarButton {
  key: string;
  label: string;
  shortcut: string;
  icon: ReactNode;
  pressed?: boolean;
  enabled: boolean;
  run(editor: Editor): void;
}

/**
 * Formatting for the clause that has (or last had) focus. A toolbar is one tab stop: arrow keys
 * move between its buttons. Mouse clicks keep the focus and selection in the clause.
 */
export function FormattingToolbar({ editor }: { editor: Editor | null }) {
  const t = useT();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);

  const editorState =
    useEditorState({
      editor,
      selector: ({ editor: current }) =>
        current && {
          bold: current.isActive('bold'),
          italic: current.isActive('italic'),
          bulletList: current.isActive('bulletList'),
          orderedList: current.isActive('orderedList'),
          canUndo: current.can().undo(),
          canRedo: current.can().redo(),
        },
    }) ?? NOTHING_ACTIVE;

  const hasEditor = editor !== null;
  // The hook keeps its last answer once the editor is gone (e.g. the document was rebuilt).
  const state = hasEditor ? editorState : NOTHING_ACTIVE;
  const buttons: ToolbarButton[] = [
    {
      key: 'bold',
      label: t('editor.toolbar.bold'),
      shortcut: shortcutLabel('B'),
      icon: <BoldIcon />,
      pressed: state.bold,
      enabled: hasEditor,
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      key: 'italic',
      label: t('editor.toolbar.italic'),
      shortcut: shortcutLabel('I'),
      icon: <ItalicIcon />,
      pressed: state.italic,
      enabled: hasEditor,
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      key: 'bulletList',
      label: t('editor.toolbar.bulletList'),
      shortcut: shortcutLabel('8', { shift: true }),
      icon: <BulletListIcon />,
      pressed: state.bulletList,
      enabled: hasEditor,
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      label: t('editor.toolbar.orderedList'),
      shortcut: shortcutLabel('7', { shift: true }),
      icon: <OrderedListIcon />,
      pressed: state.orderedList,
      enabled: hasEditor,
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'undo',
      label: t('editor.toolbar.undo'),
      shortcut: shortcutLabel('Z'),
      icon: <UndoIcon />,
      enabled: state.canUndo,
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      key: 'redo',
      label: t('editor.toolbar.redo'),
      shortcut: shortcutLabel('Z', { shift: true }),
      icon: <RedoIcon />,
      enabled: state.canRedo,
      run: (e) => e.chain().focus().redo().run(),
    },
  ];

  const moveFocus = (event: KeyboardEvent) => {
    const last = buttons.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (focusIndex + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (focusIndex + last) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    setFocusIndex(target);
    buttonsRef.current[target]?.focus();
  };

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('editor.toolbar.label')}
      aria-disabled={!hasEditor || undefined}
      onKeyDown={moveFocus}
    >
      {buttons.map((button, index) => (
        <span key={button.key} className="toolbar__item">
          {button.key === 'undo' && <span className="toolbar__separator" aria-hidden="true" />}
          {button.key === 'bulletList' && (
            <span className="toolbar__separator" aria-hidden="true" />
          )}
          <button
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            className="toolbar__button"
            aria-label={button.label}
            title={`${button.label} (${button.shortcut})`}
            aria-pressed={button.pressed}
            aria-disabled={!button.enabled || undefined}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (editor && button.enabled) button.run(editor);
            }}
          >
            {button.icon}
          </button>
        </span>
      ))}
      {!hasEditor && <span className="toolbar__hint">{t('editor.toolbar.hint')}</span>}
    </div>
  );
}
