import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../model/answers';
import type { Language } from '../model/language';
import { formatAnswer } from './format-answer';
import type { LocaleFile, TemplateQuestion } from './template';

const LOCALE: LocaleFile = {
  title: 'T',
  description: 'D',
  pages: {},
  sections: {},
  clauses: {},
  questions: {
    launch: { label: 'Lancement' },
    leads: { label: 'Responsables' },
    scale: { label: 'Échelle', options: { warning: 'avertissement', dismissal: 'licenciement' } },
  },
};

const question = (id: string, type: TemplateQuestion['type'], options?: string[]) =>
  ({ id, type, required: false, ...(options ? { options } : {}) }) as TemplateQuestion;

const format = (q: TemplateQuestion, value: AnswerValue, language: Language = 'fr') =>
  formatAnswer(q, value, language, LOCALE);

describe('formatAnswer', () => {
  it('writes dates in words, the first of the month as French writes it', () => {
    const launch = question('launch', 'date');
    expect(format(launch, '2025-03-01')).toBe('1er mars 2025');
    expect(format(launch, '2025-12-25')).toBe('25 décembre 2025');
    expect(format(launch, '2025-03-01', 'en')).toBe('1 March 2025');
    expect(format(launch, null)).toBe('[à compléter\u00a0: Lancement]');
  });

  it('writes contacts as a list of "Name (details)"', () => {
    const leads = question('leads', 'contacts');
    const contacts = [
      { name: 'Léa', role: 'DPO', email: 'lea@acme.fr' },
      { name: 'Max', phone: '+33 6' },
      { name: 'Zoé' },
    ];
    expect(format(leads, contacts)).toBe('Léa (DPO, lea@acme.fr), Max (+33 6) et Zoé');
    expect(format(leads, contacts, 'en')).toBe('Léa (DPO, lea@acme.fr), Max (+33 6) and Zoé');
    expect(format(leads, [])).toBe('[à compléter\u00a0: Responsables]');
  });

  it('lists multiple choices in the order of the options, whatever the order picked', () => {
    const scale = question('scale', 'multiChoice', ['warning', 'dismissal']);
    expect(format(scale, ['dismissal', 'warning'])).toBe('avertissement et licenciement');
    expect(format(scale, [])).toBe('aucun');
  });
});
