import { isAnswered } from '../answered';
import { CHARTER_CLAUSES, CHARTER_QUESTIONS } from '../charter-questions';
import type { LintClause } from '../lint-context';
import type { LintRule } from '../lint-rule';

const GRADUATION =
  /(gradu|proportionn|\bproportionate|progressi|échelle|\bscale\b|du plus léger|de la plus légère|\bfrom the (lightest|least)|avertissement.*(blâme|mise à pied|licenciement)|\bwarning\b.*\b(reprimand|suspension|dismissal)\b)/;

/**
 * Sanctions must be graduated, so each can be proportionate to the facts: a scale of at least two
 * steps in the answers (`sanctions.scale`), and a scale clause whose own text shows it — a
 * principles clause that promises graduation does not make up for a scale that has none.
 */
export const sanctionsWithoutGraduationRule: LintRule = {
  id: 'sanctions-without-graduation',
  check(context) {
    if (context.answer(CHARTER_QUESTIONS.sanctionsIncluded) !== true) return [];
    const entry = context.findClause(...CHARTER_CLAUSES.sanctionsScale);
    const clauseId = entry?.clause.id ?? CHARTER_CLAUSES.sanctionsScale[0];
    const finding = (message: string) => [
      {
        rule: 'sanctions-without-graduation',
        severity: 'error' as const,
        clauseId,
        message,
        params: {},
      },
    ];

    const scaleQuestion = CHARTER_QUESTIONS.sanctionsScale;
    const scale = context.answer(scaleQuestion);
    const steps = Array.isArray(scale) ? new Set(scale.map((step) => JSON.stringify(step))) : null;
    if (context.asks(scaleQuestion) && (!isAnswered(scale) || (steps?.size ?? 0) < 2)) {
      return finding(
        `The charter provides for sanctions but their scale has fewer than two steps (answer "${scaleQuestion}"): choose graduated sanctions in the wizard, from a warning to the most serious, so clause "${clauseId}" lets each be proportionate to the facts.`,
      );
    }
    if (entry === undefined) {
      return finding(
        `The charter provides for sanctions (answer "${CHARTER_QUESTIONS.sanctionsIncluded}") but has no clause "${clauseId}" saying which: run the wizard again, or write one listing graduated sanctions, from a warning to the most serious.`,
      );
    }
    if (GRADUATION.test(entry.text) || hasListOfTwo(entry)) return [];
    return finding(
      `Clause "${clauseId}" provides for sanctions without graduating them: list them from the lightest to the most serious (for example warning, reprimand, suspension, dismissal) and say each is proportionate to the facts.`,
    );
  },
};

function hasListOfTwo(entry: LintClause): boolean {
  return entry.clause.body.content.some(
    (block) => block.type !== 'paragraph' && block.content.length >= 2,
  );
}
