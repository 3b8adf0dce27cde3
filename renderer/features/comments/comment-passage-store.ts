import type { Editor } from '@tiptap/core';
import type { CommentPassage } from '../../../src/review/comment-passages';

const NONE: readonly CommentPassage[] = [];

/**
 * The commented passages of every clause and the thread in focus, shared by the clause editors
 * (which highlight them) and the comments panel. Each editor subscribes to its own clause: a
 * change elsewhere does not re-render it, since unchanged lists keep their identity.
 */
export class CommentPassageStore {
  private byClause = new Map<string, readonly CommentPassage[]>();
  private active: string | null = null;
  private readonly editors = new Map<string, Editor>();
  private readonly listeners = new Set<() => void>();

  /** `onActivated` hears of a passage the reader clicked, e.g. to open the comments panel. */
  constructor(private readonly onActivated: (commentId: string) => void = () => undefined) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly passagesOf = (clauseId: string): readonly CommentPassage[] =>
    this.byClause.get(clauseId) ?? NONE;

  readonly activeCommentId = (): string | null => this.active;

  update(next: ReadonlyMap<string, readonly CommentPassage[]>): void {
    const merged = new Map<string, readonly CommentPassage[]>();
    let changed = next.size !== this.byClause.size;
    for (const [clauseId, passages] of next) {
      const old = this.byClause.get(clauseId);
      const same = old !== undefined && samePassages(old, passages);
      merged.set(clauseId, same ? old : passages);
      changed ||= !same;
    }
    if (!changed) return;
    this.byClause = merged;
    this.notify();
  }

  setActive(commentId: string | null): void {
    if (commentId === this.active) return;
    this.active = commentId;
    this.notify();
  }

  /** The reader clicked a commented passage: its thread comes into focus. */
  readonly activate = (commentId: string): void => {
    this.setActive(commentId);
    this.onActivated(commentId);
  };

  registerEditor(clauseId: string, editor: Editor): () => void {
    this.editors.set(clauseId, editor);
    return () => {
      if (this.editors.get(clauseId) === editor) this.editors.delete(clauseId);
    };
  }

  /** Selects a comment's passage in its clause and brings it into view; false when it is gone. */
  reveal(commentId: string): boolean {
    for (const [clauseId, passages] of this.byClause) {
      const passage = passages.find((candidate) => candidate.commentId === commentId);
      const editor = this.editors.get(clauseId);
      if (!passage || !editor) continue;
      this.setActive(commentId);
      editor
        .chain()
        .focus()
        .setTextSelection({ from: passage.from, to: passage.to })
        .scrollIntoView()
        .run();
      return true;
    }
    return false;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function samePassages(a: readonly CommentPassage[], b: readonly CommentPassage[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (passage, index) =>
        passage.commentId === b[index]?.commentId &&
        passage.from === b[index].from &&
        passage.to === b[index].to &&
        passage.status === b[index].status,
    )
  );
}
