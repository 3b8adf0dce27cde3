import type { AnswerValue } from '../../../src/model/answers';
import type { WizardQuestion } from '../../../src/template/wizard-types';
import { contactsOf } from './contacts-of';
import { hasContactProblems } from './controls/contact-problems';

export type AnswerProblem =
  | { kind: 'required' }
  | { kind: 'requiredChoice' }
  | { kind: 'requiredDate' }
  | { kind: 'requiredContact' }
  | { kind: 'notANumber' }
  | { kind: 'notAWholeNumber' }
  | { kind: 'notADate' }
  | { kind: 'contactRows'; count: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function requiredProblem(question: WizardQuestion): AnswerProblem {
  switch (question.type) {
    case 'boolean':
    case 'choice':
    case 'multiChoice':
      return { kind: 'requiredChoice' };
    case 'date':
      return { kind: 'requiredDate' };
    case 'contacts':
      return { kind: 'requiredContact' };
    default:
      return { kind: 'required' };
  }
}

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function numberProblem(question: WizardQuestion, value: AnswerValue): AnswerProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'notANumber' };
  if (question.integer && !Number.isInteger(value)) return { kind: 'notAWholeNumber' };
  const { min, max } = question;
  const tooLow = min !== undefined && value < min;
  const tooHigh = max !== undefined && value > max;
  if (!tooLow && !tooHigh) return null;
  if (min !== undefined && max !== undefined) return { kind: 'range', min, max };
  return min !== undefined ? { kind: 'min', min } : { kind: 'max', max: max as number };
}

function contactsProblem(value: AnswerValue): AnswerProblem | null {
  const count = contactsOf(value).filter(hasContactProblems).length;
  return count > 0 ? { kind: 'contactRows', count } : null;
}

export function validateAnswer(
  question: WizardQuestion,
  value: AnswerValue | undefined,
): AnswerProblem | null {
  if (isEmpty(value)) return question.required ? requiredProblem(question) : null;
  switch (question.type) {
    case 'number':
      return numberProblem(question, value as AnswerValue);
    case 'date':
      return typeof value === 'string' && isRealDay(value) ? null : { kind: 'notADate' };
    case 'contacts':
      return contactsProblem(value as AnswerValue);
    default:
      return null;
  }
}
