import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import { anchorComments, type AnchoredComment } from './anchor-comments';
import { AUTHOR_ROLES, type AuthorRole } from './author-roles';
import { clausePlaces, type ClausePlace } from './clause-places';
import { clauseIdsInOrder, inDocumentOrder } from './document-order';
import { threadClauseId } from './thread-clause';

/** How many threads, and how many of them are still open or already resolved. */
export interface ThreadCounts {
  total: number;
  open: number;
  resolved: number;
}

export interface SectionFeedback extends ThreadCounts {
  sectionId: string;
  title: string;
}

export interface RoleFeedback extends ThreadCounts {
  role: AuthorRole;
}

/** An open thread nobody has answered yet: what HR still owes its reviewers. */
export interface AwaitingThread {
  commentId: string;
  /** Null when the clause is no longer in the charter. */
  sectionId: string | null;
  sectionTitle: string | null;
  clauseId: string;
  clauseTitle: string | null;
  quote: string;
  /** Null for an anonymous comment: the project never stores the name. */
  author: string | null;
  role: AuthorRole;
  anonymous: boolean;
  orphaned: boolean;
  createdAt: string;
  text: string;
}

export interface FeedbackSummary {
  title: string;
  /** When the project last changed: the summary describes it as of then, never "now". */
  asOf: string;
  totals: {
    comments: number;
    open: number;
    resolved: number;
    /** Threads whose passage is no longer found in the charter. */
    orphaned: number;
    replies: number;
    awaitingReply: number;
    anonymous: number;
  };
  /** Every section, in charter order, those without comments too. */
  sections: SectionFeedback[];
  /** Threads on a clause the charter no longer holds, so they belong to no section. */
  withoutSection: ThreadCounts;
  /** Every role, anonymous comments under theirs (always employee) and counted again below. */
  roles: RoleFeedback[];
  anonymous: ThreadCounts;
  /** In document order, orphans last. */
  awaitingReply: AwaitingThread[];
}

/** The numbers of the review so far: who said how much about what, and what awaits an answer. */
export function summarizeFeedback(project: Project): FeedbackSummary {
  const anchored = anchorComments(project);
  const clauses = clausePlaces(project);
  const comments = anchored.map(({ comment }) => comment);
  const sectionOf = (entry: AnchoredComment) => clauses.get(threadClauseId(entry))?.sectionId;
  const awaiting = inDocumentOrder(
    anchored.filter(({ comment }) => comment.status === 'open' && comment.replies.length === 0),
    clauseIdsInOrder(project),
  );
  const counts = countThreads(comments);
  return {
    title: project.meta.title,
    asOf: project.meta.updatedAt,
    totals: {
      comments: counts.total,
      open: counts.open,
      resolved: counts.resolved,
      orphaned: anchored.filter((entry) => entry.status === 'orphaned').length,
      replies: comments.reduce((sum, comment) => sum + comment.replies.length, 0),
      awaitingReply: awaiting.length,
      anonymous: comments.filter((comment) => comment.anonymous).length,
    },
    sections: project.sections.map((section) => ({
      sectionId: section.id,
      title: section.title,
      ...countThreads(
        anchored.filter((entry) => sectionOf(entry) === section.id).map(({ comment }) => comment),
      ),
    })),
    withoutSection: countThreads(
      anchored.filter((entry) => sectionOf(entry) === undefined).map(({ comment }) => comment),
    ),
    roles: AUTHOR_ROLES.map((role) => ({
      role,
      ...countThreads(comments.filter((comment) => comment.author.role === role)),
    })),
    anonymous: countThreads(comments.filter((comment) => comment.anonymous)),
    awaitingReply: awaiting.map((entry) => awaitingThread(entry, clauses)),
  };
}

function countThreads(comments: readonly Comment[]): ThreadCounts {
  const open = comments.filter((comment) => comment.status === 'open').length;
  return { total: comments.length, open, resolved: comments.length - open };
}

function awaitingThread(
  entry: AnchoredComment,
  clauses: ReadonlyMap<string, ClausePlace>,
): AwaitingThread {
  const { comment } = entry;
  const clauseId = threadClauseId(entry);
  const place = clauses.get(clauseId);
  return {
    commentId: comment.id,
    sectionId: place?.sectionId ?? null,
    sectionTitle: place?.sectionTitle ?? null,
    clauseId,
    clauseTitle: place?.clauseTitle ?? null,
    quote: comment.anchor.exact,
    author: comment.anonymous ? null : comment.author.name,
    role: comment.author.role,
    anonymous: comment.anonymous,
    orphaned: entry.status === 'orphaned',
    createdAt: comment.createdAt,
    text: comment.text,
  };
}
