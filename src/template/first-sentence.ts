import type { Language } from '../model/language';

const SEGMENTER_LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Words that end with a full stop without ending the sentence (`art. L1121-1`, `M. Dupont`).
 * The sentence segmenter does not know them, and legal text is full of them.
 */
const ABBREVIATIONS = new Set([
  'al',
  'art',
  'cf',
  'dr',
  'e.g',
  'ex',
  'i.e',
  'm',
  'mme',
  'mr',
  'mrs',
  'ms',
  'n°',
  'no',
  'p',
  'st',
  'vs',
]);

/**
 * The first sentence of a piece of plain text, its white space collapsed — no-break spaces
 * excepted: French puts them before `:` and `?`. "" for none.
 */
export function firstSentence(text: string, language: Language): string {
  const collapsed = text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
  const segmenter = new Intl.Segmenter(SEGMENTER_LOCALE[language], { granularity: 'sentence' });
  let sentence = '';
  for (const { segment } of segmenter.segment(collapsed)) {
    sentence += segment;
    if (!endsWithAbbreviation(sentence)) break;
  }
  return sentence.trim();
}

function endsWithAbbreviation(sentence: string): boolean {
  const lastWord = /([\p{L}°.]+)\.\s*$/u.exec(sentence)?.[1];
  return lastWord !== undefined && ABBREVIATIONS.has(lastWord.toLowerCase());
}
