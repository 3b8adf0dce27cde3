import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import { findAnchor, findInOwnClause, type AnchoredComment } from './anchor-comments';
import type { ClauseText } from './anchor-text';
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
  return commentPassageTracker()(project);
}

/**
 * `commentPassages` for an editor that asks again after edits, redone only where the text
 * changed (see anchoredCommentTracker).
 */
export function commentPassageTracker(): (project: Project) => Map<string, CommentPassage[]> {
  const maps = new WeakMap<RichTextDoc, AnchorTextMap>();
  const anchor = anchoredCommentTracker(maps);
  return (project) => {
    const bodies = clauseBodies(project);
    const passages = new Map<string, CommentPassage[]>();
    for (const found of anchor(project)) {
      if (found.status === 'orphaned') continue;
      const body = bodies.get(found.clauseId);
      if (!body) continue;
      const range = passageRange(mapOf(maps, body), found.offset, found.length);
      if (!range) continue;
      const list = passages.get(found.clauseId) ?? [];
      list.push({ commentId: found.comment.id, status: found.comment.status, ...range });
      passages.set(found.clauseId, list);
    }
    return passages;
  };
}

/**
 * `anchorComments` for a view that asks again after edits (the comments panel), redone only
 * where the text changed. A comment found word for word in its own clause depends on that clause
 * alone, so its result is kept while the comment and the clause's body are the same objects (an
 * edit makes new ones). A comment that moved or is orphaned depends on every clause: it is
 * searched for again each time, as few as they are. `maps` may be shared with another tracker.
 */
export function anchoredCommentTracker(
  maps = new WeakMap<RichTextDoc, AnchorTextMap>(),
): (project: Project) => AnchoredComment[] {
  const inOwnClause = new WeakMap<Comment, { body: RichTextDoc; found: AnchoredComment }>();
  return (project) => {
    const bodies = clauseBodies(project);
    let texts: ClauseText[] | undefined;
    return project.comments.map((comment): AnchoredComment => {
      const { anchor } = comment;
      const own = bodies.get(anchor.clauseId);
      const known = inOwnClause.get(comment);
      if (own && known?.body === own) return known.found;
      const place =
        own && findInOwnClause(anchor, { clauseId: anchor.clauseId, text: mapOf(maps, own).text });
      if (own && place) {
        const found = { comment, ...place };
        inOwnClause.set(comment, { body: own, found });
        return found;
      }
      texts ??= [...bodies].map(([clauseId, body]) => ({
        clauseId,
        text: mapOf(maps, body).text,
      }));
      return { comment, ...findAnchor(anchor, texts) };
    });
  };
}

function clauseBodies(project: Project): Map<string, RichTextDoc> {
  return new Map(
    project.sections.flatMap((section) =>
      section.clauses.map((clause) => [clause.id, clause.body]),
    ),
  );
}

function mapOf(maps: WeakMap<RichTextDoc, AnchorTextMap>, body: RichTextDoc): AnchorTextMap {
  let map = maps.get(body);
  if (!map) maps.set(body, (map = anchorTextMap(body)));
  return map;
}
