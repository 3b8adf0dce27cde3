import type { CommentAnchor } from '../model/comment';

/** How much text around a quote an anchor keeps, each side, to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/** The anchor for `length` characters of `text` from `offset`: the quote, its context, where. */
export function quoteAnchor(
  clauseId: string,
  text: string,
  offset: number,
  length: number,
): CommentAnchor {
  return {
    clauseId,
    exact: text.slice(offset, offset + length),
    prefix: text.slice(Math.max(0, offset - CONTEXT_LENGTH), offset),
    suffix: text.slice(offset + length, offset + length + CONTEXT_LENGTH),
    offset,
  };
}

/**
 * How many characters around a candidate passage agree with the anchor's context: the prefix
 * read backwards from the passage, the suffix read forwards from its end.
 */
export function contextAgreement(
  text: string,
  offset: number,
  length: number,
  anchor: Pick<CommentAnchor, 'prefix' | 'suffix'>,
): number {
  let before = 0;
  while (
    before < anchor.prefix.length &&
    before < offset &&
    anchor.prefix[anchor.prefix.length - 1 - before] === text[offset - 1 - before]
  )
    before += 1;
  let after = 0;
  const end = offset + length;
  while (
    after < anchor.suffix.length &&
    end + after < text.length &&
    anchor.suffix[after] === text[end + after]
  )
    after += 1;
  return before + after;
}
