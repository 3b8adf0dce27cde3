import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import { anchorComments } from './anchor-comments';
import { anchorTextMap, passageRange, type AnchorTextMap } from './anchor-text-map';

/** Where a comment's passage lies in its clause's editor, as ProseMirror positions. */
export interface CommentPassage {
  commentId: string;
  from: number;
  to: number;
  status: Comment['status'];
}

/**
 * Every comment's passage as it is found now, clause by clause, for the editor to highlight.
 * Orphaned comments have none; they stay listed in the panel with their quote.
 */
export function commentPassages(project: Project): Map<string, CommentPassage[]> {
  const bodies = new Map(
    project.sections.flatMap((section) =>
      section.clauses.map((clause) => [clause.id, clause.body]),
    ),
  );
  const maps = new Map<string, AnchorTextMap>();
  const passages = new Map<string, CommentPassage[]>();
  for (const anchored of anchorComments(project)) {
    if (anchored.status === 'orphaned') continue;
    const body = bodies.get(anchored.clauseId);
    if (!body) continue;
    let map = maps.get(anchored.clauseId);
    if (!map) maps.set(anchored.clauseId, (map = anchorTextMap(body)));
    const range = passageRange(map, anchored.offset, anchored.length);
    if (!range) continue;
    const { id: commentId, status } = anchored.comment;
    passages.set(anchored.clauseId, [
      ...(passages.get(anchored.clauseId) ?? []),
      { commentId, status, ...range },
    ]);
  }
  return passages;
}
