import { describe, expect, it } from 'vitest';
import type { WizardQuestion } from '../../../src/template/wizard-types';
import { createTranslate } from '../../i18n/translate';
import { fr } from '../../i18n/fr';
import { describeAnswer } from './describe-answer';

const t = createTranslate(fr);
const question = (type: WizardQuestion['type'], extra: Partial<WizardQuestion> = {}) =>
  ({ id: 'q', label: 'Q', required: false, type, ...extra }) as WizardQuestion;
const describeFr = (q: WizardQuestion, value: Parameters<typeof describeAnswer>[1]) =>
  describeAnswer(q, value, t, 'fr-FR');

describe('describeAnswer', () => {
  it('says when there is no answer yet', () => {
    expect(describeFr(question('text'), undefined)).toEqual({ kind: 'none' });
    expect(describeFr(question('text'), '  ')).toEqual({ kind: 'none' });
    expect(describeFr(question('number'), null)).toEqual({ kind: 'none' });
    expect(describeFr(question('contacts'), [])).toEqual({ kind: 'none' });
  });

  it('writes yes/no, numbers and dates the French way', () => {
    expect(describeFr(question('boolean'), false)).toEqual({ kind: 'text', text: 'Non' });
    expect(describeFr(question('number'), 1200)).toEqual({ kind: 'text', text: '1\u202f200' });
    expect(describeFr(question('date'), '2025-03-01')).toEqual({
      kind: 'text',
      text: '1er mars 2025',
    });
  });

  it('shows choices by their label, several joined', () => {
    const options = [
      { value: 'linkedin', label: 'LinkedIn' },
      { value: 'x', label: 'X' },
      { value: 'tiktok', label: 'TikTok' },
    ];
    expect(describeFr(question('choice', { options }), 'x')).toEqual({ kind: 'text', text: 'X' });
    expect(describeFr(question('multiChoice', { options }), ['linkedin', 'tiktok'])).toEqual({
      kind: 'text',
      text: 'LinkedIn et TikTok',
    });
    expect(describeFr(question('multiChoice', { options }), [])).toEqual({
      kind: 'text',
      text: fr['wizard.review.noneChosen'],
    });
  });

  it('lists contacts one a line with what is known of them', () => {
    expect(
      describeFr(question('contacts'), [
        { name: 'Léa Martin', role: 'Communication', email: 'lea@acme.fr' },
        { name: 'Paul', phone: '01 02 03 04 05' },
      ]),
    ).toEqual({
      kind: 'lines',
      lines: ['Léa Martin · Communication · lea@acme.fr', 'Paul · 01 02 03 04 05'],
    });
  });
});
