import type { Editor } from '@tiptap/core';

export interface SelectedPassage {
  quote: string;
  /** Roughly where the quote starts in the clause's anchor text, to pick among repeated quotes. */
  near: number;
}

/** The text selected in a clause editor, or null when the selection is empty or only blanks. */
export function selectedPassage(editor: Editor): SelectedPassage | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const { doc } = editor.state;
  const quote = doc.textBetween(from, to, ' ', ' ').trim();
  if (quote === '') return null;
  const before = doc.textBetween(0, from, ' ', ' ').replace(/\s+/g, ' ').trimStart();
  return { quote, near: before.length };
}
