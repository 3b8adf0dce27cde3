import { titledClauseNumbers } from '../export/article-numbers';
import type { CommentAnchor } from '../model/comment';
import type { Project } from '../model/project';
import { findAnchor } from './anchor-comments';
import { normalizeQuote, projectClauseTexts } from './anchor-text';
import { CONTEXT_LENGTH, quoteAnchor } from './quote-anchor';
import type { WordComment } from './word-comment';

/** Where a Word comment goes: its anchor, and whether its passage was found in that clause. */
export interface WordCommentPlace {
  anchor: CommentAnchor;
  found: boolean;
}

/**
 * The clause and passage a Word comment is on, found the way stored comments are found again
 * (`findAnchor`): the clause under the comment's heading first, then any clause, the text around
 * the range in the document telling repeated quotes apart. A comment on a clause title is on the
 * clause as a whole. When its quote is nowhere, the comment goes on the clause under its heading
 * (else the first clause), keeping its quote, and `found` is false: the caller reports it.
 */
export function locateWordComment(project: Project, comment: WordComment): WordCommentPlace {
  const texts = projectClauseTexts(project);
  const titles = clauseTitles(project);
  const isTitleOf = (clauseId: string, text: string) =>
    text !== '' && (titles.get(clauseId)?.includes(text) ?? false);
  const heading = normalizeQuote(comment.heading ?? '');
  const underHeading = texts.find(({ clauseId }) => isTitleOf(clauseId, heading));
  const nearest = (underHeading ?? texts[0])?.clauseId ?? '';
  const exact = normalizeQuote(comment.quote);
  const onTitle = texts.find(({ clauseId }) => isTitleOf(clauseId, exact));
  if (onTitle) return { anchor: wholeClause(onTitle.clauseId), found: true };
  if (exact === '') return { anchor: wholeClause(nearest), found: underHeading !== undefined };

  const anchor = {
    clauseId: underHeading?.clauseId ?? '',
    exact,
    prefix: comment.before.replace(/\s+/g, ' ').slice(-CONTEXT_LENGTH),
    suffix: comment.after.replace(/\s+/g, ' ').slice(0, CONTEXT_LENGTH),
  };
  const place = findAnchor(anchor, texts);
  const clause =
    place.status === 'orphaned'
      ? undefined
      : texts.find((text) => text.clauseId === place.clauseId);
  if (place.status !== 'orphaned' && clause) {
    return {
      anchor: quoteAnchor(clause.clauseId, clause.text, place.offset, place.length),
      found: true,
    };
  }
  return { anchor: { ...anchor, clauseId: nearest }, found: false };
}

/**
 * Each titled clause's title as a Word heading may read it: alone, or after the number the DOCX
 * export writes before it (« 2.1 »).
 */
function clauseTitles(project: Project): Map<string, string[]> {
  return new Map(
    project.sections.flatMap((section, index) => {
      const numbers = titledClauseNumbers(section, index);
      return section.clauses.map(({ id, title }) => [
        id,
        title ? [normalizeQuote(title), normalizeQuote(`${numbers.get(id)} ${title}`)] : [],
      ]);
    }),
  );
}

function wholeClause(clauseId: string): CommentAnchor {
  return { clauseId, exact: '', prefix: '', suffix: '' };
}
