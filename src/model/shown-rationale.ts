import type { Clause } from './clause';

/**
 * The rationale readers see under a clause, trimmed: none when the clause has none or when it
 * was emptied (a blank rationale is for the charter checks to flag, not for employees to read).
 */
export function shownRationale(clause: Pick<Clause, 'rationale'>): string | undefined {
  const rationale = clause.rationale?.trim();
  return rationale === '' ? undefined : rationale;
}
