import { hasRationale } from '../lint-context';
import type { LintRule } from '../lint-rule';
import { absoluteBanPhrase } from './absolute-ban';
import { restrictionPhrase } from './restriction-words';

/**
 * A clause that restricts what employees may do with no rationale: one whose rationale was
 * emptied (the template gives every restrictive clause one), or whose words forbid something —
 * a restriction written by hand. A warning: words alone cannot tell a rule from a reminder of
 * the law.
 */
export const restrictionWithoutRationaleRule: LintRule = {
  id: 'restriction-without-rationale',
  check(context) {
    return context.clauses.flatMap((entry) => {
      // An absolute ban is an error of its own (absolute-ban).
      if (hasRationale(entry.clause) || absoluteBanPhrase(entry.text) !== null) return [];
      const clauseId = entry.clause.id;
      if (entry.clause.rationale !== undefined) {
        return [
          {
            rule: 'restriction-without-rationale',
            severity: 'warning' as const,
            clauseId,
            message: `Clause "${clauseId}" restricts what employees may do but its rationale is empty. Say why the restriction is justified by the task and proportionate to its aim (Code du travail L1121-1), or run the wizard again to get the template's.`,
            params: { phrase: '' },
          },
        ];
      }
      const phrase = restrictionPhrase(entry.text);
      if (phrase === null) return [];
      return [
        {
          rule: 'restriction-without-rationale',
          severity: 'warning' as const,
          clauseId,
          message: `Clause "${clauseId}" restricts what employees may do ("${phrase}") but gives no rationale. Add one saying why the restriction is justified by the task and proportionate to its aim (Code du travail L1121-1), or soften the wording.`,
          params: { phrase },
        },
      ];
    });
  },
};
