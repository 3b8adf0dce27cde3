import type { ExportLabels } from '../export/export-labels';
import type { Author, Comment } from '../model/comment';
import type { Project } from '../model/project';
import { anchorComments } from './anchor-comments';
import { anchorText, normalizeQuote } from './anchor-text';
import type { WordComment } from './word-comment';

interface Entry {
  anonymous: boolean;
  author: Author;
  text: string;
  createdAt: string;
}

/**
 * The project's comments as a DOCX shows them, to know them again when a reviewed one comes
 * back: same author as Word shows it, same text, and on the same passage or at the same second.
 * Passage and time each may be lost on the way (LibreOffice shifts times by the time zone; a
 * reviewer may edit the passage), rarely both.
 */
export class KnownWordComments {
  /** By thread id, the passages its Word comments may cover (`passageKey`). */
  private readonly passages: Map<string, string[]>;

  constructor(
    project: Project,
    private readonly labels: ExportLabels,
  ) {
    this.passages = currentPassages(project);
  }

  /** The author Word shows for a comment or reply. */
  shownAuthor(entry: Pick<Entry, 'anonymous' | 'author'>): string {
    return entry.anonymous ? this.labels.anonymousAuthor : entry.author.name;
  }

  /** The thread among `comments` that holds `word`, as its first comment or as a reply. */
  threadHolding(comments: readonly Comment[], word: WordComment): Comment | undefined {
    return comments.find((comment) => {
      // An orphaned comment went to Word with a line quoting its lost passage.
      const note = `${comment.text}\n${this.labels.passageNotFound(comment.anchor.exact)}`;
      return (
        this.isSame(word, comment, comment.id, [note]) ||
        comment.replies.some((reply) => this.isSame(word, reply, comment.id))
      );
    });
  }

  /** Whether `thread` already has `word` as its first comment or a reply. */
  hasInThread(thread: Comment, word: WordComment): boolean {
    return (
      this.isSame(word, thread, thread.id) ||
      thread.replies.some((reply) => this.isSame(word, reply, thread.id))
    );
  }

  private isSame(
    word: WordComment,
    entry: Entry,
    threadId: string,
    otherTexts: readonly string[] = [],
  ): boolean {
    const text = normalizeQuote(word.text);
    return (
      normalizeQuote(word.author ?? '') === this.shownAuthor(entry) &&
      [entry.text, ...otherTexts].some((candidate) => normalizeQuote(candidate) === text) &&
      ((this.passages.get(threadId) ?? []).includes(passageKey(word.quote)) ||
        sameSecond(word.date, entry.createdAt))
    );
  }
}

/** Each thread's passage as stored, where it is found now, and its clause's title. */
function currentPassages(project: Project): Map<string, string[]> {
  const clauses = new Map(
    project.sections.flatMap((section) => section.clauses).map((clause) => [clause.id, clause]),
  );
  return new Map(
    anchorComments(project).map((found) => {
      const { anchor } = found.comment;
      const clause = clauses.get(found.status === 'orphaned' ? anchor.clauseId : found.clauseId);
      const now =
        found.status === 'orphaned' || !clause
          ? []
          : [anchorText(clause.body).slice(found.offset, found.offset + found.length)];
      const title = clause?.title ? [clause.title] : [];
      return [found.comment.id, [anchor.exact, ...now, ...title].map(passageKey)];
    }),
  );
}

/**
 * A passage compared by its letters and digits only: Word has no "- " list markers in its text,
 * and typographic quotes or spaces may change on the way.
 */
function passageKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

function sameSecond(wordDate: string | undefined, createdAt: string): boolean {
  if (wordDate === undefined) return false;
  return Math.floor(Date.parse(wordDate) / 1000) === Math.floor(Date.parse(createdAt) / 1000);
}
