import { computeFormalities } from '../../formalities/compute-formalities';
import { EFFECTIVE_DATE_QUESTION } from '../../formalities/formality-questions';
import { CHARTER_CLAUSES } from '../charter-questions';
import type { LintRule } from '../lint-rule';

const RULE = 'effective-date-too-early';

/**
 * A charter adopted with the règlement intérieur formalities takes effect one month after the
 * last of them at the earliest (L1321-4): a chosen date before that cannot hold.
 */
export const effectiveDateTooEarlyRule: LintRule = {
  id: RULE,
  check(context) {
    const formalities = computeFormalities(context.project.answers);
    const { effectiveDate, earliestEffectiveDate: earliest } = formalities;
    if (!formalities.required || effectiveDate === null || earliest === null) return [];
    if (effectiveDate >= earliest) return [];
    const clauseId =
      context.findClause(...CHARTER_CLAUSES.effectiveDate)?.clause.id ??
      CHARTER_CLAUSES.effectiveDate[0];
    return [
      {
        rule: RULE,
        severity: 'error',
        clauseId,
        message: `The charter is to take effect on ${effectiveDate} (answer "${EFFECTIVE_DATE_QUESTION}"), before ${earliest}, one month after its last formality, the earliest date the Code du travail allows (L1321-4). Choose ${earliest} or later, or leave the answer empty to take ${earliest} (clause "${clauseId}").`,
        params: { question: EFFECTIVE_DATE_QUESTION, date: effectiveDate, earliest },
      },
    ];
  },
};
