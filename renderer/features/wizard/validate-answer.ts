import type { AnswerValue } from '../../../src/model/answers';
import type { WizardQuestion } from '../../../src/template/wizard-types';

export type AnswerProblem =
  | { kind: 'required' }
  | { kind: 'requiredChoice' }
  | { kind: 'notANumber' }
  | { kind: 'notAWholeNumber' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number };

function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function validateAnswer(
  question: WizardQuestion,
  value: AnswerValue | undefined,
): AnswerProblem | null {
  if (isEmpty(value)) {
    if (!question.required) return null;
    const picks = ['boolean', 'choice', 'multiChoice'].includes(question.type);
    return { kind: picks ? 'requiredChoice' : 'required' };
  }
  if (question.type !== 'number') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'notANumber' };
  if (question.integer && !Number.isInteger(value)) return { kind: 'notAWholeNumber' };
  const { min, max } = question;
  const tooLow = min !== undefined && value < min;
  const tooHigh = max !== undefined && value > max;
  if (!tooLow && !tooHigh) return null;
  if (min !== undefined && max !== undefined) return { kind: 'range', min, max };
  return min !== undefined ? { kind: 'min', min } : { kind: 'max', max: max as number };
}
