import type { CommentAnchor } from '../model/comment';
import { matchKey } from './anchor-text';
import { contextAgreement } from './quote-anchor';

export interface QuoteMatch {
  offset: number;
  length: number;
  /** Characters of the anchor's prefix and suffix found around the match. */
  context: number;
}

/**
 * The occurrence of the anchor's quote in `text` that best fits it: the most context in
 * agreement, then the closest to `near` (the old offset), then the first.
 */
export function findExactQuote(
  text: string,
  anchor: Pick<CommentAnchor, 'exact' | 'prefix' | 'suffix'>,
  near?: number,
): QuoteMatch | undefined {
  const quote = matchKey(anchor.exact);
  if (quote === '') return undefined;
  const haystack = matchKey(text);
  const key = { prefix: matchKey(anchor.prefix), suffix: matchKey(anchor.suffix) };
  let best: QuoteMatch | undefined;
  for (let at = haystack.indexOf(quote); at >= 0; at = haystack.indexOf(quote, at + 1)) {
    const candidate = {
      offset: at,
      length: quote.length,
      context: contextAgreement(haystack, at, quote.length, key),
    };
    if (!best || isBetter(candidate, best, near)) best = candidate;
  }
  return best;
}

function isBetter(candidate: QuoteMatch, best: QuoteMatch, near: number | undefined): boolean {
  if (candidate.context !== best.context) return candidate.context > best.context;
  if (near === undefined) return false;
  return Math.abs(candidate.offset - near) < Math.abs(best.offset - near);
}
