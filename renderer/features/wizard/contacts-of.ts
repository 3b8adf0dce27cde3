import type { AnswerValue, Contact } from '../../../src/model/answers';

/** The contacts an answer holds; anything else (a stray string, no answer) holds none. */
export function contactsOf(value: AnswerValue | undefined): Contact[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Contact => typeof item === 'object' && item !== null);
}
