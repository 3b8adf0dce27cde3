import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CommentPassage } from '../../../src/review/comment-passages';

export interface CommentHighlightsOptions {
  /** Called when the reader clicks a highlighted passage, with its comment's id. */
  onActivate: (commentId: string) => void;
}

interface Highlights {
  passages: readonly CommentPassage[];
  activeId: string | null;
}

export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/**
 * Marks commented passages in the clause text. They are decorations, never marks: the clause's
 * content (and so every export) stays free of them. Between two updates from the model they
 * follow the edits, mapped through each change.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',
  addOptions() {
    return { onActivate: () => undefined };
  },
  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, set) {
            const highlights = transaction.getMeta(commentHighlightsKey) as Highlights | undefined;
            if (!highlights) return set.map(transaction.mapping, transaction.doc);
            return decorate(transaction.doc, highlights);
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
          handleClick(view, position) {
            const [hit] = commentHighlightsKey.getState(view.state)?.find(position, position) ?? [];
            const commentId = (hit?.spec as { commentId?: string } | undefined)?.commentId;
            if (commentId) onActivate(commentId);
            return false;
          },
        },
      }),
    ];
  },
});

function decorate(doc: Node, { passages, activeId }: Highlights): DecorationSet {
  const size = doc.content.size;
  const decorations = passages
    // A passage from a model older than the editor's text may fall outside it: skip it.
    .filter((passage) => passage.from < passage.to && passage.to <= size)
    .map((passage) =>
      Decoration.inline(
        passage.from,
        passage.to,
        {
          class: [
            'comment-highlight',
            passage.status === 'resolved' ? 'comment-highlight--resolved' : '',
            passage.commentId === activeId ? 'comment-highlight--active' : '',
          ]
            .filter(Boolean)
            .join(' '),
          'data-comment-id': passage.commentId,
        },
        { commentId: passage.commentId },
      ),
    );
  return DecorationSet.create(doc, decorations);
}
