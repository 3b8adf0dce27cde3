import { isAnswered } from '../answered';
import { CHARTER_CLAUSES, CHARTER_QUESTIONS } from '../charter-questions';
import type { LintFinding } from '../lint-finding';
import type { LintRule } from '../lint-rule';

const PURPOSE =
  /(finalité|\bpurpose|\bafin de\b|\bdans le but\b|\bin order to\b|\bpour (protéger|assurer|garantir|prévenir|détecter|sécuriser)|\bto (protect|ensure|prevent|detect|secure)\b)/;
const RETENTION =
  /(conserv|\bretention\b|\bretained\b|\bkept\b|\bstored\b|\bdurée\b|\b\d+ (mois|months?|jours|days?|semaines|weeks?|ans|years?)\b)/;

const CNIL =
  'the CNIL requires employees to be told of every monitoring device, its purpose and how long its data are kept, or the evidence it gives is generally unusable';

/**
 * Monitoring tools in use (answer `monitoring.tools`) must come with their purpose and data
 * retention, in the answers and in the clause that tells employees about them.
 */
export const monitoringWithoutPurposeOrRetentionRule: LintRule = {
  id: 'monitoring-without-purpose-or-retention',
  check(context) {
    if (!isAnswered(context.answer(CHARTER_QUESTIONS.monitoringTools))) return [];
    const findings: LintFinding[] = [];
    const entry = context.findClause(...CHARTER_CLAUSES.monitoringTools);
    const clauseId = entry?.clause.id ?? CHARTER_CLAUSES.monitoringTools[0];
    const add = (missing: 'purpose' | 'retention', message: string) =>
      findings.push({
        rule: 'monitoring-without-purpose-or-retention',
        severity: 'error',
        clauseId,
        message,
        params: { missing },
      });

    const purposes = CHARTER_QUESTIONS.monitoringPurposes;
    if (context.asks(purposes) && !isAnswered(context.answer(purposes))) {
      add(
        'purpose',
        `Monitoring tools are in use but no purpose is given: answer "${purposes}" in the wizard (for example IT security) so clause "${clauseId}" states it; ${CNIL}.`,
      );
    }
    const retention = CHARTER_QUESTIONS.monitoringRetention;
    const months = context.answer(retention);
    if (context.asks(retention) && !(typeof months === 'number' && months > 0)) {
      add(
        'retention',
        `Monitoring tools are in use but no retention period is given: answer "${retention}" in the wizard (about 6 months is generally enough for connection logs) so clause "${clauseId}" states it; ${CNIL}.`,
      );
    }
    if (!entry) {
      add(
        'purpose',
        `Monitoring tools are in use but the charter has no clause "${clauseId}" telling employees about them: run the wizard again or write one stating the tools, their purpose and how long their data are kept; ${CNIL}.`,
      );
      return findings;
    }
    if (findings.length > 0) return findings;
    if (!PURPOSE.test(entry.text)) {
      add(
        'purpose',
        `Clause "${clauseId}" describes monitoring without saying what it is for: state its purpose (for example the security of the information system); ${CNIL}.`,
      );
    }
    if (!RETENTION.test(entry.text)) {
      add(
        'retention',
        `Clause "${clauseId}" describes monitoring without saying how long its data are kept: state the retention period (for example 6 months); ${CNIL}.`,
      );
    }
    return findings;
  },
};
