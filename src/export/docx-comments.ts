import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type ICommentOptions,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { Comment, CommentReply } from '../model/comment';
import type { Clause } from '../model/clause';
import type { InlineNode } from '../model/rich-text';
import type { Project } from '../model/project';
import { anchorComments } from '../review/anchor-comments';
import { anchorTextPositions, type InlinePosition } from '../review/anchor-text-positions';
import type { ExportLabels } from './export-labels';

/** Where a Word comment's range starts or ends in a paragraph: before `offset` in text node `node`. */
export interface CommentMarker {
  node: number;
  offset: number;
  kind: 'start' | 'end';
  id: number;
}

/** The markers of each paragraph, keyed by the clause body's own inline content array. */
export type CommentMarkers = ReadonlyMap<readonly InlineNode[], readonly CommentMarker[]>;

export interface DocxComments {
  /** Every Word comment, each thread followed by its replies, for `new Document({ comments })`. */
  comments: ICommentOptions[];
  markers: CommentMarkers;
  /** Comments on a clause as a whole, or whose passage is gone: around its title, by clause id. */
  onClauseTitle: ReadonlyMap<string, readonly number[]>;
  /** Comments with no clause left to hold them: around the document title. */
  onDocumentTitle: readonly number[];
}

/**
 * The project's open comment threads as Word comments, each around the passage it quotes now.
 * Replies are Word replies on the same passage. Resolved threads stay out: the settled
 * discussion is in the project, and docx writes Word's "done" flag only alongside replies, so
 * it could not be shown reliably. A comment whose passage is gone goes on its clause's title
 * (else around the clause's text) with its quote, so nothing is lost on the way to Word.
 */
export function planDocxComments(project: Project, labels: ExportLabels): DocxComments {
  const clauses = new Map(
    project.sections.flatMap((section) => section.clauses).map((clause) => [clause.id, clause]),
  );
  const positions = new Map<string, (InlinePosition | null)[]>();
  const positionsOf = (clause: Clause) => {
    const known = positions.get(clause.id) ?? anchorTextPositions(clause.body);
    positions.set(clause.id, known);
    return known;
  };
  const comments: ICommentOptions[] = [];
  const markers = new Map<readonly InlineNode[], CommentMarker[]>();
  const onClauseTitle = new Map<string, number[]>();
  const onDocumentTitle: number[] = [];

  for (const found of anchorComments(project)) {
    const { comment } = found;
    if (comment.status === 'resolved') continue;
    const orphaned = found.status === 'orphaned';
    const threadId = comments.length;
    comments.push(wordComment(comment, threadId, labels, orphaned));
    for (const reply of comment.replies)
      comments.push({ ...wordComment(reply, comments.length, labels, false), parentId: threadId });
    const ids = comments.slice(threadId).map((word) => word.id);

    const clause = clauses.get(orphaned ? comment.anchor.clauseId : found.clauseId);
    const passage =
      clause && !orphaned && found.length > 0
        ? spanOf(positionsOf(clause), found.offset, found.length)
        : undefined;
    if (passage) addMarkers(markers, passage, ids);
    else if (clause?.title)
      onClauseTitle.set(clause.id, [...(onClauseTitle.get(clause.id) ?? []), ...ids]);
    else {
      const wholeClause = clause && spanOf(positionsOf(clause), 0, positionsOf(clause).length);
      if (wholeClause) addMarkers(markers, wholeClause, ids);
      else onDocumentTitle.push(...ids);
    }
  }
  return { comments, markers, onClauseTitle, onDocumentTitle };
}

/** A paragraph's children inside the ranges of the comments `ids`, with their references. */
export function withCommentRanges(
  children: readonly ParagraphChild[],
  ids: readonly number[],
): ParagraphChild[] {
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...[...ids].reverse().flatMap(commentEnd),
  ];
}

/** Where a range ends, and the reference Word shows the comment by. */
export function commentEnd(id: number): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
}

function wordComment(
  entry: Comment | CommentReply,
  id: number,
  labels: ExportLabels,
  orphaned: boolean,
): ICommentOptions {
  const author = entry.anonymous ? labels.anonymousAuthor : entry.author.name;
  const note =
    orphaned && 'anchor' in entry && entry.anchor.exact !== ''
      ? [labels.passageNotFound(entry.anchor.exact)]
      : [];
  return {
    id,
    author,
    initials: initialsOf(author),
    date: new Date(entry.createdAt),
    children: [...entry.text.split('\n'), ...note].map((line) => new Paragraph(line)),
  };
}

/** "Claire Martin" → "CM". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 3)
    .toUpperCase();
}

/** The first and last text characters in `length` characters of anchor text from `offset`. */
function spanOf(
  positions: readonly (InlinePosition | null)[],
  offset: number,
  length: number,
): { first: InlinePosition; last: InlinePosition } | undefined {
  const inside = positions.slice(offset, offset + length);
  const first = inside.find((position) => position !== null);
  const last = inside.findLast((position) => position !== null);
  return first && last ? { first, last } : undefined;
}

function addMarkers(
  markers: Map<readonly InlineNode[], CommentMarker[]>,
  { first, last }: { first: InlinePosition; last: InlinePosition },
  ids: readonly number[],
): void {
  const add = (position: InlinePosition, marker: CommentMarker) =>
    markers.set(position.paragraph, [...(markers.get(position.paragraph) ?? []), marker]);
  for (const id of ids) {
    add(first, { node: first.node, offset: first.offset, kind: 'start', id });
    add(last, { node: last.node, offset: last.offset + 1, kind: 'end', id });
  }
}
