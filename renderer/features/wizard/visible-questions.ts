import type { AnswerValue, Answers } from '../../../src/model/answers';
import { evaluateCondition } from '../../../src/template/condition';
import type { WizardPage, WizardQuestion } from '../../../src/template/wizard-types';

function isShown(question: WizardQuestion, answers: Answers): boolean {
  if (!question.visibleWhen) return true;
  try {
    return evaluateCondition(question.visibleWhen, answers);
  } catch {
    // A condition the core cannot read should not hide a question the user may need to answer.
    return true;
  }
}

/** Blank text counts as no answer, and no answer as the default: as the core resolves them. */
function resolvedValue(question: WizardQuestion, value: AnswerValue | undefined): AnswerValue {
  const given = typeof value === 'string' && value.trim() === '' ? null : (value ?? null);
  return given ?? question.default ?? null;
}

/**
 * The questions currently asked. Like the core (src/template/resolve-answers.ts), conditions are
 * judged on every answer with defaults filled in, so the wizard never hides a question the core
 * would then require.
 */
export function visibleQuestionIds(pages: readonly WizardPage[], answers: Answers): Set<string> {
  const questions = pages.flatMap((page) => page.questions);
  const resolved: Answers = Object.fromEntries(
    questions.map((question) => [question.id, resolvedValue(question, answers[question.id])]),
  );
  return new Set(questions.filter((q) => isShown(q, resolved)).map((q) => q.id));
}
