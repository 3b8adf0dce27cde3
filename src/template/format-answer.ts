import { longDate } from '../dates/long-date';
import type { AnswerValue } from '../model/answers';
import type { Language } from '../model/language';
import { parseIsoDate } from '../formalities/iso-date';
import { formatContact } from './contact-text';
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
  en: {
    yes: 'yes',
    no: 'no',
    none: 'none',
    toComplete: (label) => `[to complete: ${label}]`,
  },
};

const INTL_LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * An answer as it reads inside clause text: numbers grouped the local way, dates in words,
 * choices by their label (several in the template's option order), contacts as "Name (role,
 * e-mail, phone)", yes/no in words. An unanswered question shows a visible placeholder, never an
 * empty gap.
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
  const list = (items: string[]): string =>
    new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(items);
  if (value === null || value === '') return words.toComplete(strings.label);
  if (typeof value === 'number') return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    const contacts = value.flatMap((item) => (typeof item === 'string' ? [] : [item]));
    if (question.type === 'contacts') {
      return contacts.length === 0
        ? words.toComplete(strings.label)
        : list(contacts.map(formatContact));
    }
    if (value.length === 0) return words.none;
    // A graduated scale or any list reads in the order the template gives its options.
    const order = question.options ?? [];
    const picked = value
      .flatMap((item) => (typeof item === 'string' ? [item] : []))
      .sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return list(picked.map(label));
  }
  if (question.type === 'date') return formatDate(value, language);
  return question.type === 'choice' ? label(value) : value;
}

/** `14 mars 2025`, `1er avril 2025`; `14 March 2025`. Anything but a real date stays as typed. */
function formatDate(value: string, language: Language): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  return longDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), INTL_LOCALE[language]);
}
