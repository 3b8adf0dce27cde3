import type { AnswerValue, Answers } from '../model/answers';

export const COMPANY_ANSWER_PREFIX = 'company.';

export type CompanyAnswerValue = Exclude<AnswerValue, null>;

/** The answers about the company (`company.*`) without their prefix, sorted, unanswered ones left out. */
export function companyAnswers(answers: Answers): Record<string, CompanyAnswerValue> {
  const entries = Object.entries(answers)
    .filter(
      (entry): entry is [string, CompanyAnswerValue] =>
        entry[0].startsWith(COMPANY_ANSWER_PREFIX) && entry[1] !== null,
    )
    .map(([key, value]): [string, CompanyAnswerValue] => [
      key.slice(COMPANY_ANSWER_PREFIX.length),
      value,
    ])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
