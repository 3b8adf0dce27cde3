import type { OptionalClause } from '../../../src/template/wizard-types';

/**
 * The optional clauses to switch off once `change` (if any) is made, in the template's order.
 * Ids the template no longer offers as optional are dropped: the core would refuse them.
 */
export function disabledClausesAfter(
  clauses: readonly OptionalClause[],
  disabled: readonly string[],
  change?: { clauseId: string; included: boolean },
): string[] {
  const off = new Set(disabled);
  if (change) {
    if (change.included) off.delete(change.clauseId);
    else off.add(change.clauseId);
  }
  return clauses.map(({ clauseId }) => clauseId).filter((clauseId) => off.has(clauseId));
}
