import { createRequire } from 'node:module';
import type { Language } from '../model/language';

type HyphenationModule = typeof import('hyphen/fr');

const requirePatterns = createRequire(import.meta.url);
/** TeX's patterns for each language (ported by the hyphen package), loaded when first needed. */
const PATTERNS: Readonly<Record<Language, string>> = { fr: 'hyphen/fr', en: 'hyphen/en-gb' };

/**
 * Soft hyphens (U+00AD) at the places the language's patterns allow, in the text of an HTML
 * fragment and never inside its tags. Chromium hyphenates with `hyphens: auto` only where it has
 * the language's dictionary, which a Linux build may not ship: the PDF is hyphenated beforehand,
 * so every printer breaks words the same way. Words shorter than seven letters stay whole.
 */
export function hyphenateHtml(html: string, language: Language): string {
  const { hyphenateHTMLSync } = requirePatterns(PATTERNS[language]) as HyphenationModule;
  return hyphenateHTMLSync(html, { minWordLength: 7 });
}
