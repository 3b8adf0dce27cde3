import type { AnswerValue, Contact } from '../../../src/model/answers';
import type { WizardQuestion } from '../../../src/template/wizard-types';
import { formatDay } from '../../i18n/format-day';
import type { Translate } from '../../i18n/translate';
import { contactsOf } from './contacts-of';
import { formatList } from '../../i18n/format-list';

/** An answer as the review page shows it: plain text, a list of lines, or nothing yet. */
export type AnswerDescription =
  { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'lines'; lines: string[] };

function optionLabel(question: WizardQuestion, value: string): string {
  return question.options?.find((option) => option.value === value)?.label ?? value;
}

function contactLine(contact: Contact): string {
  const details = [contact.role, contact.email, contact.phone]
    .map((detail) => detail?.trim())
    .filter(Boolean);
  return [contact.name.trim(), ...details].join(' · ');
}

export function describeAnswer(
  question: WizardQuestion,
  value: AnswerValue | undefined,
  t: Translate,
  locale: string,
): AnswerDescription {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value === 'string' && value.trim() === '') return { kind: 'none' };
  switch (question.type) {
    case 'boolean':
      return { kind: 'text', text: value ? t('wizard.yes') : t('wizard.no') };
    case 'number':
      return typeof value === 'number'
        ? { kind: 'text', text: new Intl.NumberFormat(locale).format(value) }
        : { kind: 'none' };
    case 'date':
      return { kind: 'text', text: formatDay(String(value), locale) };
    case 'choice':
      return { kind: 'text', text: optionLabel(question, String(value)) };
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
      if (chosen.length === 0) return { kind: 'text', text: t('wizard.review.noneChosen') };
      const labels = chosen.map((v) => optionLabel(question, v));
      return {
        kind: 'text',
        text: formatList(labels, locale),
      };
    }
    case 'contacts': {
      const lines = contactsOf(value)
        .filter((c) => c.name.trim())
        .map(contactLine);
      return lines.length ? { kind: 'lines', lines } : { kind: 'none' };
    }
    case 'text':
    case 'longText':
      return { kind: 'text', text: String(value).trim() };
  }
}
