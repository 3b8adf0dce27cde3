import type { AnswerValue } from '../model/answers';
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
      if (!Array.isArray(value)) return `must be a list of values among ${list(options)}`;
      const unknown = value.find((item) => !options.includes(item));
      if (unknown !== undefined) return `has "${unknown}", which is not one of ${list(options)}`;
      const repeated = value.find((item, index) => value.indexOf(item) !== index);
      return repeated === undefined ? null : `lists "${repeated}" twice`;
    }
  }
}

const list = (options: readonly string[]): string =>
  options.map((option) => `"${option}"`).join(', ');
