import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Text that can be read, selected and commented on but not changed. The editor stays focusable
 * with a caret, so keyboard users select passages with Shift and the arrows as anywhere else;
 * every change is refused, whether typed, pasted, dropped, undone or sent by a command.
 */
export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyText'),
        filterTransaction: (transaction) => !transaction.docChanged,
        props: {
          // The browser would change the page before ProseMirror could refuse the change.
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            drop: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => true,
        },
      }),
    ];
  },
});
