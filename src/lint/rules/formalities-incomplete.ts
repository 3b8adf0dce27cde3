import { computeFormalities } from '../../formalities/compute-formalities';
import type { FormalityStepId } from '../../formalities/formalities';
import { FORMALITY_DATE_QUESTIONS } from '../../formalities/formality-questions';
import { CHARTER_CLAUSES } from '../charter-questions';
import type { LintFinding } from '../lint-finding';
import type { LintRule } from '../lint-rule';

const STEP_NAMES: Readonly<Record<FormalityStepId, string>> = {
  'cse-opinion': 'the CSE opinion',
  'labour-inspectorate': 'the sending to the labour inspectorate',
  'conseil-prud-hommes': 'the filing at the conseil de prud’hommes',
  publicity: 'the publicity to employees',
};

/**
 * The adoption formalities, when the chosen route requires them (computeFormalities). Steps still
 * to do are a warning while the charter is being written — they come after its final text — and
 * an error once it is published, since it cannot be enforced without them (Cass. soc. 9 May 2012).
 * A step done before the CSE opinion has to be done again: an error.
 */
export const formalitiesIncompleteRule: LintRule = {
  id: 'formalities-incomplete',
  check(context) {
    const formalities = computeFormalities(context.project.answers);
    if (!formalities.required) return [];
    const clauseId =
      context.findClause(...CHARTER_CLAUSES.formalities)?.clause.id ??
      CHARTER_CLAUSES.formalities[0];
    const findings: LintFinding[] = [];
    // A step to redo has its own error below, which says why.
    const redo = new Set(
      formalities.warnings
        .filter((warning) => warning.code === 'before-cse-opinion')
        .map((warning) => warning.step),
    );
    const missing = formalities.missing.filter((id) => !redo.has(id));
    if (missing.length > 0) {
      const published = context.project.meta.status === 'published';
      const steps = missing.map((id) => STEP_NAMES[id]);
      const questions = missing.map((id) => `"${FORMALITY_DATE_QUESTIONS[id]}"`);
      findings.push({
        rule: 'formalities-incomplete',
        severity: published ? 'error' : 'warning',
        clauseId,
        message: `${formalities.reason.message} Still to do: ${listOf(steps)}. Do ${missing.length === 1 ? 'it' : 'them'} and record the dates (${listOf(questions)}); ${published ? 'the charter is published but' : 'until then'} it cannot be enforced against employees (clause "${clauseId}").`,
        params: { missing: missing.join(','), reason: formalities.reason.code },
      });
    }
    for (const warning of formalities.warnings) {
      findings.push({
        rule: 'formalities-incomplete',
        severity: warning.code === 'before-cse-opinion' ? 'error' : 'warning',
        clauseId,
        message: `${warning.message} (Answer "${FORMALITY_DATE_QUESTIONS[warning.step]}", clause "${clauseId}".)`,
        params: { step: warning.step, problem: warning.code },
      });
    }
    return findings;
  },
};

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
