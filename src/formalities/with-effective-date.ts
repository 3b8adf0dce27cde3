import type { Answers } from '../model/answers';
import { computeFormalities } from './compute-formalities';
import { EFFECTIVE_DATE_QUESTION } from './formality-questions';

/**
 * The answers a charter's text is written from: when the template asks for the date the charter
 * takes effect and it is left unanswered, the earliest legal date stands in for it once every
 * formality is dated, so the text can state a definite date (L1321-4) without the author typing it.
 */
export function withEffectiveDate(answers: Answers): Answers {
  const asked = Object.hasOwn(answers, EFFECTIVE_DATE_QUESTION);
  if (!asked || answers[EFFECTIVE_DATE_QUESTION] !== null) return answers;
  const { effectiveDate } = computeFormalities(answers);
  return effectiveDate === null
    ? answers
    : { ...answers, [EFFECTIVE_DATE_QUESTION]: effectiveDate };
}
