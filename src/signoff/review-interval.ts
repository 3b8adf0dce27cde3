import { charterRules } from '../export/charter-rules';
import type { Project } from '../model/project';

const MONTHS_BETWEEN_REVIEWS = { yearly: 12, 'every-two-years': 24, 'every-three-years': 36 };

/**
 * Months from a sign-off to the next review: what the charter itself promises (its review
 * clause, from `review.cadence`), or a year when its template does not ask.
 */
export function monthsUntilReview(project: Pick<Project, 'answers' | 'sections'>): number {
  const { cadence } = charterRules(project).review;
  return cadence === null ? 12 : MONTHS_BETWEEN_REVIEWS[cadence];
}
