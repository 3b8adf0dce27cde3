import { countOf } from '../text/count-of';
import { parseOrThrow } from '../errors/parse-or-throw';
import { EXPORT_LABELS } from '../export/export-labels';
import { type Author, Comment, CommentReply } from '../model/comment';
import type { Project } from '../model/project';
import { storedAuthor } from './anonymous-author';
import { byCreation } from './creation-order';
import { KnownWordComments } from './known-word-comments';
import { locateWordComment } from './locate-word-comment';
import { stableId } from './stable-id';
import type { WordComment } from './word-comment';

export interface WordImportOptions {
  /** The role the reviewers' comments are filed under. */
  role: Author['role'];
  /** ISO 8601; the date of comments Word wrote without one, and of the history event. */
  now: string;
  /** The file the comments come from, for the history. */
  source: string;
}

/** What an import of Word comments brought into the project. */
export interface WordImportReport {
  newComments: number;
  newReplies: number;
  /** Comments the project already had: exported from it, or imported before. */
  alreadyThere: number;
  /** New comments whose passage is in no clause: put on the nearest clause, quote kept. */
  notFound: { clauseId: string; author: string; quote: string }[];
}

/**
 * The project with the comments a reviewer added to its Word export. Each goes on the clause and
 * passage its range covers (`locateWordComment`); replies join their thread. A comment the
 * project already has — same author and text, on the same passage or at the same second — is
 * left alone, and new ones get ids derived from their content, so importing a document twice
 * adds nothing. Adds, never removes; records a history event when it brought something.
 */
export function importWordComments(
  project: Project,
  wordComments: readonly WordComment[],
  { role, now, source }: WordImportOptions,
): { project: Project; report: WordImportReport } {
  const labels = EXPORT_LABELS[project.meta.language];
  const report: WordImportReport = { newComments: 0, newReplies: 0, alreadyThere: 0, notFound: [] };
  const known = new KnownWordComments(project, labels);
  let comments = [...project.comments];
  const threadOf = new Map<string, string>();
  const byWordId = new Map(wordComments.map((comment) => [comment.id, comment]));
  const isReply = (comment: WordComment) => threadRoot(comment, byWordId) !== comment;

  const signer = (word: WordComment) => signedBy(word, role, labels.anonymousAuthor);

  for (const word of wordComments.filter((comment) => !isReply(comment))) {
    const holder = known.threadHolding(comments, word);
    if (holder) {
      threadOf.set(word.id, holder.id);
      report.alreadyThere += 1;
      continue;
    }
    const { anchor, found } = locateWordComment(project, word);
    const signed = signer(word);
    const id = stableId('word', [
      known.shownAuthor(signed),
      word.date ?? '',
      anchor.clauseId,
      anchor.exact,
      word.text,
    ]);
    threadOf.set(word.id, id);
    if (comments.some((comment) => comment.id === id)) {
      report.alreadyThere += 1;
      continue;
    }
    const comment = parseOrThrow(
      Comment,
      {
        id,
        anchor,
        ...signed,
        createdAt: createdAtOf(word, now),
        text: textOf(word),
        status: word.done ? 'resolved' : 'open',
        ...(word.done ? { statusChangedAt: now } : {}),
        replies: [],
      },
      'invalid-input',
      (problems) => `The Word comment ${word.id} is not valid: ${problems}.`,
    );
    comments.push(comment);
    report.newComments += 1;
    if (!found)
      report.notFound.push({
        clauseId: anchor.clauseId,
        author: known.shownAuthor(signed),
        quote: anchor.exact,
      });
  }

  for (const word of wordComments.filter(isReply)) {
    const threadId = threadOf.get(threadRoot(word, byWordId).id);
    const thread = comments.find((comment) => comment.id === threadId);
    // Every thread's first comment went through the loop above.
    if (!thread) continue;
    if (known.hasInThread(thread, word)) {
      report.alreadyThere += 1;
      continue;
    }
    const signed = signer(word);
    const id = stableId('word-reply', [
      thread.id,
      known.shownAuthor(signed),
      word.date ?? '',
      word.text,
    ]);
    if (thread.replies.some((reply) => reply.id === id)) {
      report.alreadyThere += 1;
      continue;
    }
    const reply = parseOrThrow(
      CommentReply,
      { id, ...signed, createdAt: createdAtOf(word, now), text: textOf(word) },
      'invalid-input',
      (problems) => `The Word reply ${word.id} is not valid: ${problems}.`,
    );
    comments = comments.map((comment) =>
      comment === thread
        ? { ...comment, replies: [...comment.replies, reply].sort(byCreation) }
        : comment,
    );
    report.newReplies += 1;
  }

  if (report.newComments + report.newReplies === 0) return { project, report };
  return {
    project: {
      ...project,
      meta: { ...project.meta, updatedAt: now },
      comments,
      history: [
        ...project.history,
        {
          at: now,
          kind: 'imported',
          fact: {
            type: 'word-comments-imported',
            source,
            newComments: report.newComments,
            newReplies: report.newReplies,
            alreadyThere: report.alreadyThere,
          },
        },
      ],
    },
    report,
  };
}

/** "2 new comments, 1 new reply, 3 already in the charter" */
export function describeWordImport(
  report: Pick<WordImportReport, 'newComments' | 'newReplies' | 'alreadyThere'>,
): string {
  return [
    countOf(report.newComments, 'new comment'),
    countOf(report.newReplies, 'new reply', 'new replies'),
    `${report.alreadyThere} already in the charter`,
  ].join(', ');
}

/**
 * The first comment of a reply's thread, following replies to replies; the comment itself when
 * it replies to nothing in the document, or sits in a loop of replies (a damaged file).
 */
function threadRoot(comment: WordComment, byWordId: ReadonlyMap<string, WordComment>): WordComment {
  const seen = new Set<string>([comment.id]);
  let current = comment;
  for (
    let parent = byWordId.get(current.parentId ?? '');
    parent;
    parent = byWordId.get(current.parentId ?? '')
  ) {
    if (seen.has(parent.id)) return comment;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/** Who signs a Word comment: its author, or no one for none or the export's anonymous name. */
function signedBy(
  word: WordComment,
  role: Author['role'],
  anonymousName: string,
): { anonymous: boolean; author: Author } {
  const name = word.author?.trim() ?? '';
  const anonymous = name === '' || name === anonymousName;
  return { anonymous, author: storedAuthor({ name, role }, anonymous) };
}

/** When Word says it was written; now, for a comment without a readable date. */
function createdAtOf(word: WordComment, now: string): string {
  const at = word.date === undefined ? Number.NaN : Date.parse(word.date);
  return Number.isNaN(at) ? now : new Date(at).toISOString();
}

/** A comment needs text; Word allows one with none (a picture, say). */
function textOf(comment: WordComment): string {
  return comment.text.trim() === '' ? '…' : comment.text;
}
