import { CHARTER_CLAUSES, CHARTER_QUESTIONS } from '../charter-questions';
import type { LintRule } from '../lint-rule';

const RULE = 'cse-missing';

/** A CSE is mandatory once the company has had 11 employees for 12 consecutive months (L2311-2). */
const CSE_HEADCOUNT = 11;

/**
 * A company of 11 or more employees that answers it has no CSE: it must organise elections, and
 * only a procès-verbal de carence (no candidate came forward) excuses the missing CSE. A warning:
 * the headcount may not have reached 11 for 12 consecutive months yet.
 */
export const cseMissingRule: LintRule = {
  id: RULE,
  check(context) {
    const headcount = context.answer(CHARTER_QUESTIONS.headcount);
    if (context.answer(CHARTER_QUESTIONS.cse) !== false) return [];
    if (typeof headcount !== 'number' || headcount < CSE_HEADCOUNT) return [];
    const clauseId =
      context.findClause(...CHARTER_CLAUSES.cse)?.clause.id ?? CHARTER_CLAUSES.cse[0];
    return [
      {
        rule: RULE,
        severity: 'warning',
        clauseId,
        message: `The company has ${headcount} employees but no CSE (answer "${CHARTER_QUESTIONS.cse}"): a CSE is mandatory once it has had ${CSE_HEADCOUNT} or more employees for 12 consecutive months (Code du travail L2311-2), and the charter must then be submitted to it. Organise the elections and answer "${CHARTER_QUESTIONS.cse}" yes once it exists; if the elections found no candidate, keep the procès-verbal de carence, which is what excuses the missing CSE (clause "${clauseId}").`,
        params: { question: CHARTER_QUESTIONS.cse, headcount: String(headcount) },
      },
    ];
  },
};
