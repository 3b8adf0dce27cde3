import type { AnswerValue } from '../model/answers';
import type { Language } from '../model/language';
import { localeEntry, type LocaleFile, type TemplateQuestion } from './template';

interface Words {
  yes: string;
  no: string;
  none: string;
  toComplete: (label: string) => string;
}

const WORDS: Record<Language, Words> = {
  // French puts a non-breaking space before a colon.
  fr: {
    yes: 'oui',
    no: 'non',
    none: 'aucun',
    toComplete: (label) => `[à compléter\u00a0: ${label}]`,
  },
  en: { yes: 'yes', no: 'no', none: 'none', toComplete: (label) => `[to complete: ${label}]` },
};

const INTL_LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * An answer as it reads inside clause text: numbers grouped the local way, choices by their label,
 * yes/no in words. An unanswered question shows a visible placeholder, never an empty gap.
 */
export function formatAnswer(
  question: TemplateQuestion,
  value: AnswerValue,
  language: Language,
  locale: LocaleFile,
): string {
  const strings = localeEntry(locale.questions, question.id, 'question');
  const words = WORDS[language];
  const label = (option: string): string =>
    localeEntry(strings.options ?? {}, option, `option of "${question.id}"`);
  if (value === null || value === '') return words.toComplete(strings.label);
  if (typeof value === 'number') return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    return new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(
      value.map(label),
    );
  }
  return question.type === 'choice' ? label(value) : value;
}
