const PUNCTUATION = /\p{P}/u;
const PUNCTUATION_OR_SPACE = /[\p{P}\s]/u;

/**
 * A passage found reworded is made of whole words (see findFuzzyQuote), with the punctuation they
 * carry: "publications." for the quote "vos publications". The passage without the punctuation,
 * and the spaces before it, that the quote does not have at that end, so that rewording it keeps
 * the sentence's full stop.
 */
export function withoutStrayPunctuation(
  text: string,
  passage: { offset: number; length: number },
  quote: string,
): { offset: number; length: number } {
  let start = passage.offset;
  let end = passage.offset + passage.length;
  if (!PUNCTUATION.test(quote.at(-1) ?? ''))
    while (end > start && PUNCTUATION_OR_SPACE.test(text[end - 1] ?? '')) end -= 1;
  if (!PUNCTUATION.test(quote[0] ?? ''))
    while (start < end && PUNCTUATION_OR_SPACE.test(text[start] ?? '')) start += 1;
  return { offset: start, length: end - start };
}
