import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import { findAnchor, findInOwnClause, type AnchorPlace } from './anchor-comments';
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
 * changed. A comment found word for word in its own clause depends on that clause alone, so its
 * place is kept while the comment and the clause's body are the same objects (an edit makes new
 * ones). A comment that moved or is orphaned depends on every clause: it is searched for again
 * each time, as few as they are.
 */
export function commentPassageTracker(): (project: Project) => Map<string, CommentPassage[]> {
  const maps = new WeakMap<RichTextDoc, AnchorTextMap>();
  const inOwnClause = new WeakMap<Comment, { body: RichTextDoc; place: AnchorPlace }>();
  const mapOf = (body: RichTextDoc): AnchorTextMap => {
    let map = maps.get(body);
    if (!map) maps.set(body, (map = anchorTextMap(body)));
    return map;
  };

  return (project) => {
    const bodies = new Map(
      project.sections.flatMap((section) =>
        section.clauses.map((clause) => [clause.id, clause.body]),
      ),
    );
    let texts: ClauseText[] | undefined;
    const placeOf = (comment: Comment): AnchorPlace => {
      const { anchor } = comment;
      const own = bodies.get(anchor.clauseId);
      const known = inOwnClause.get(comment);
      if (own && known?.body === own) return known.place;
      const place =
        own && findInOwnClause(anchor, { clauseId: anchor.clauseId, text: mapOf(own).text });
      if (own && place) {
        inOwnClause.set(comment, { body: own, place });
        return place;
      }
      texts ??= [...bodies].map(([clauseId, body]) => ({ clauseId, text: mapOf(body).text }));
      return findAnchor(anchor, texts);
    };

    const passages = new Map<string, CommentPassage[]>();
    for (const comment of project.comments) {
      const place = placeOf(comment);
      if (place.status === 'orphaned') continue;
      const body = bodies.get(place.clauseId);
      if (!body) continue;
      const range = passageRange(mapOf(body), place.offset, place.length);
      if (!range) continue;
      const list = passages.get(place.clauseId) ?? [];
      list.push({ commentId: comment.id, status: comment.status, ...range });
      passages.set(place.clauseId, list);
    }
    return passages;
  };
}
