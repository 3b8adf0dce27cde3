import type { AnswerValue } from '../model/answers';

/** Whether an answer says something: not null, blank, `false`, zero or an empty list. */
export function isAnswered(value: AnswerValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== null && value !== false && value !== 0;
}
