import type { CommentAnchor } from '../model/comment';
import { matchKey } from './anchor-text';
import { bigramSimilarity } from './bigram-similarity';
import { contextAgreement } from './quote-anchor';

/** Below this similarity a passage is not the quote reworded but another text. */
export const FUZZY_THRESHOLD = 0.6;
/** Shorter quotes are too easily found by chance: only their exact text anchors them. */
const MIN_FUZZY_LENGTH = 8;

export interface FuzzyQuoteMatch {
  offset: number;
  length: number;
  similarity: number;
  context: number;
}

/**
 * The passage of `text` most like the anchor's quote — whole words, a half to one and a half
 * times its length — when it is similar enough; ties go to the most context in agreement.
 */
export function findFuzzyQuote(
  text: string,
  anchor: Pick<CommentAnchor, 'exact' | 'prefix' | 'suffix'>,
): FuzzyQuoteMatch | undefined {
  const quote = matchKey(anchor.exact);
  if (quote.length < MIN_FUZZY_LENGTH) return undefined;
  const haystack = matchKey(text);
  const key = { prefix: matchKey(anchor.prefix), suffix: matchKey(anchor.suffix) };
  const { starts, ends } = wordBoundaries(haystack);
  let best: FuzzyQuoteMatch | undefined;
  for (const start of starts) {
    for (const end of ends) {
      const length = end - start;
      if (length < quote.length / 2) continue;
      if (length > quote.length * 1.5) break;
      const similarity = bigramSimilarity(quote, haystack.slice(start, end));
      if (similarity < FUZZY_THRESHOLD) continue;
      const candidate = {
        offset: start,
        length,
        similarity,
        context: contextAgreement(haystack, start, length, key),
      };
      if (!best || isBetter(candidate, best)) best = candidate;
    }
  }
  return best;
}

function isBetter(candidate: FuzzyQuoteMatch, best: FuzzyQuoteMatch): boolean {
  if (candidate.similarity !== best.similarity) return candidate.similarity > best.similarity;
  return candidate.context > best.context;
}

/** Where words start and end in text whose white space is single spaces. */
function wordBoundaries(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index <= text.length; index += 1) {
    const here = index < text.length && text[index] !== ' ';
    const before = index > 0 && text[index - 1] !== ' ';
    if (here && !before) starts.push(index);
    if (before && !here) ends.push(index);
  }
  return { starts, ends };
}
