import { describe, expect, it } from 'vitest';
import type { WizardQuestion } from '../../../src/template/wizard-types';
import { validateAnswer } from './validate-answer';

const base = { id: 'q', label: 'Q' };

describe('validateAnswer', () => {
  it('asks for required answers, and a choice for choices', () => {
    const text: WizardQuestion = { ...base, type: 'text', required: true };
    expect(validateAnswer(text, '  ')).toEqual({ kind: 'required' });
    expect(validateAnswer(text, 'ACME')).toBeNull();
    const multi: WizardQuestion = { ...base, type: 'multiChoice', required: true };
    expect(validateAnswer(multi, [])).toEqual({ kind: 'requiredChoice' });
    expect(validateAnswer({ ...text, required: false }, '')).toBeNull();
  });

  it('keeps numbers within their bounds', () => {
    const number: WizardQuestion = { ...base, type: 'number', required: true, min: 1, max: 12 };
    expect(validateAnswer(number, 0)).toEqual({ kind: 'range', min: 1, max: 12 });
    expect(validateAnswer(number, 6)).toBeNull();
    expect(validateAnswer({ ...number, max: undefined }, 0)).toEqual({ kind: 'min', min: 1 });
    expect(validateAnswer({ ...number, min: undefined }, 13)).toEqual({ kind: 'max', max: 12 });
    expect(validateAnswer(number, 'six')).toEqual({ kind: 'notANumber' });
  });

  it('asks for a whole number when the question wants one', () => {
    const headcount: WizardQuestion = { ...base, type: 'number', required: true, integer: true };
    expect(validateAnswer(headcount, 12.5)).toEqual({ kind: 'notAWholeNumber' });
    expect(validateAnswer(headcount, 12)).toBeNull();
    expect(validateAnswer({ ...headcount, min: 1 }, 0.5)).toEqual({ kind: 'notAWholeNumber' });
    expect(validateAnswer({ ...headcount, integer: false }, 12.5)).toBeNull();
    expect(validateAnswer({ ...headcount, integer: undefined }, 12.5)).toBeNull();
  });
});

describe('validateAnswer, dates and contacts', () => {
  it('wants a real day for a date', () => {
    const date: WizardQuestion = { ...base, type: 'date', required: true };
    expect(validateAnswer(date, '')).toEqual({ kind: 'requiredDate' });
    expect(validateAnswer(date, '2025-02-30')).toEqual({ kind: 'notADate' });
    expect(validateAnswer(date, '03/02/2025')).toEqual({ kind: 'notADate' });
    expect(validateAnswer(date, '2024-02-29')).toBeNull();
    expect(validateAnswer({ ...date, required: false }, null)).toBeNull();
  });

  it('wants at least one contact when required, and a name and a plausible e-mail per row', () => {
    const contacts: WizardQuestion = { ...base, type: 'contacts', required: true };
    expect(validateAnswer(contacts, [])).toEqual({ kind: 'requiredContact' });
    expect(validateAnswer(contacts, [{ name: 'Léa', email: 'lea@acme.fr' }])).toBeNull();
    expect(
      validateAnswer(contacts, [
        { name: ' ', phone: '01 02' },
        { name: 'Léa', email: 'lea@acme' },
        { name: 'Paul' },
      ]),
    ).toEqual({ kind: 'contactRows', count: 2 });
  });
});
