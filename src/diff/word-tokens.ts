/**
 * Letters, digits and combining marks form words; a run of spaces (or of line breaks) is one token;
 * any other character — punctuation, apostrophes, symbols — stands alone. So « l’entreprise » is
 * `l`, `’`, `entreprise`: changing one word or one comma shows as that word or that comma.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\S\n]+|\n+|[^\p{L}\p{M}\p{N}\s]/gu;

/** The text cut into words, whitespace and punctuation; joined back, the tokens are the text. */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whether a text is spaces within a line: no line break, nothing visible. */
export function isSpaceWithinLine(text: string): boolean {
  return /^[^\S\n]+$/.test(text);
}
