import type { Section } from '../model/clause';

/**
 * "2.3" for the third titled clause of the second article: the numbers the exports print before
 * clause titles, so that a rule can be cited. An untitled clause continues the one before it and
 * takes no number, so the titled ones are numbered without gaps.
 */
export function titledClauseNumbers(section: Section, sectionIndex: number): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const clause of section.clauses) {
    if (clause.title) numbers.set(clause.id, `${sectionIndex + 1}.${numbers.size + 1}`);
  }
  return numbers;
}
