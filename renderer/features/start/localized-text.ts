import type { Language } from '../../../src/model/language';

/** A template's text in the wanted language, else in any language it has. */
export function localizedText(texts: Record<string, string>, language: Language): string {
  return texts[language] ?? Object.values(texts)[0] ?? '';
}
