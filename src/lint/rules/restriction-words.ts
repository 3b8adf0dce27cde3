/** Bans that are denied ("n'est pas interdit", "is not forbidden") are no bans. */
const NEGATED_BAN =
  /(\b(pas|plus|nullement|jamais|not|never|no longer)|rien n'est|nothing is) (interdite?s?|prohibée?s?|forbidden|prohibited|banned)(?!\p{L})/gu;

export function withoutNegatedBans(text: string): string {
  return text.replace(NEGATED_BAN, ' ');
}

/**
 * Words that forbid, in French and English (text from normalizeText). Advice such as "do not
 * post fake reviews" is left out: it reminds of the law or of prudence, and restricts no freedom.
 */
const RESTRICTIONS: readonly RegExp[] = [
  /\b(interdite?s?|interdiction|prohibée?s?|proscrite?s?)(?!\p{L})/u,
  /\b(n'est|ne sont|n'êtes|ne sera|ne seront) pas (autorisée?s?|permise?s?|admise?s?)(?!\p{L})/u,
  /\bnon autorisée?s?(?!\p{L})/u,
  /\b(forbidden|prohibited|banned|not allowed|not permitted|not authori[sz]ed)\b/,
  /\b(must|may|shall) not\b/,
];

/** The first restricting words of a normalized text, or null. */
export function restrictionPhrase(text: string): string | null {
  const searched = withoutNegatedBans(text);
  for (const pattern of RESTRICTIONS) {
    const match = pattern.exec(searched);
    if (match) return match[0];
  }
  return null;
}
