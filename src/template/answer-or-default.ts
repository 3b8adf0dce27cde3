import type { AnswerValue, Answers } from '../model/answers';

/**
 * The answer a question counts with: blank text is no answer, and no answer falls back to the
 * default, so a cleared field behaves like an untouched one.
 */
export function answerOrDefault(
  question: { id: string; default?: AnswerValue },
  answers: Answers,
): AnswerValue {
  // Own keys only: an answer named `constructor` is not the object's constructor.
  const value = Object.hasOwn(answers, question.id) ? (answers[question.id] ?? null) : null;
  const given = typeof value === 'string' && value.trim() === '' ? null : value;
  return given ?? question.default ?? null;
}
