import type { AnswerValue } from '../model/answers';
import { parseIsoDate } from '../formalities/iso-date';
import { contactProblem } from './contact-text';
import type { QuestionType } from './wizard-types';

/** What an answer must fit: a template question or a wizard question, reduced to its rules. */
export interface AnswerRule {
  type: QuestionType;
  min?: number;
  max?: number;
  /** Number questions only: whole numbers. */
  integer?: boolean;
  options?: readonly string[];
}

/**
 * Why `value` does not fit the question ("must be at least 1"), or null when it fits.
 * Unanswered (null) always fits: whether an answer is required is the caller's decision.
 */
export function answerProblem(rule: AnswerRule, value: AnswerValue): string | null {
  if (value === null) return null;
  const options = rule.options ?? [];
  switch (rule.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' ? null : 'must be a text';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (rule.integer && !Number.isInteger(value)) return 'must be a whole number';
      if (rule.min !== undefined && value < rule.min) return `must be at least ${rule.min}`;
      if (rule.max !== undefined && value > rule.max) return `must be at most ${rule.max}`;
      return null;
    case 'choice':
      return typeof value === 'string' && options.includes(value)
        ? null
        : `must be one of ${list(options)}`;
    case 'multiChoice': {
      if (!isStringList(value)) return `must be a list of values among ${list(options)}`;
      const unknown = value.find((item) => !options.includes(item));
      if (unknown !== undefined) return `has "${unknown}", which is not one of ${list(options)}`;
      const repeated = value.find((item, index) => value.indexOf(item) !== index);
      return repeated === undefined ? null : `lists "${repeated}" twice`;
    }
    case 'date':
      if (typeof value !== 'string') return 'must be a date written YYYY-MM-DD';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return 'must be a date written YYYY-MM-DD, e.g. 2025-03-14';
      }
      return parseIsoDate(value) === null ? 'is not a day of the calendar' : null;
    case 'contacts': {
      if (!Array.isArray(value)) return 'must be a list of contacts';
      for (const [index, contact] of value.entries()) {
        const problem = contactProblem(contact);
        if (problem) return `has a contact (number ${index + 1}) that ${problem}`;
      }
      return null;
    }
  }
}

function isStringList(value: AnswerValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const list = (options: readonly string[]): string =>
  options.map((option) => `"${option}"`).join(', ');
