import { CharterError } from '../errors/charter-error';
import type { Answers } from '../model/answers';
import { answerOrDefault } from './answer-or-default';
import { evaluateCondition } from './condition';
import type { WizardQuestion } from './wizard-types';

/** What visibility reads of a question: wizard and template questions both have it. */
export type VisibilityRule = Pick<WizardQuestion, 'id' | 'default' | 'visibleWhen'>;

/**
 * The ids of the questions asked, in template order: those whose `visibleWhen` holds. Conditions
 * are judged on every answer with defaults filled in, since one may read a later page; only these
 * questions can be required (resolveAnswers). Pure, for the wizard to call on every change.
 */
export function visibleQuestionIds(
  pages: readonly { questions: readonly VisibilityRule[] }[],
  answers: Answers,
): Set<string> {
  const questions = pages.flatMap((page) => page.questions);
  const resolved: Answers = Object.fromEntries(
    questions.map((question) => [question.id, answerOrDefault(question, answers)]),
  );
  return new Set(
    questions.filter((question) => isVisible(question, resolved)).map((question) => question.id),
  );
}

function isVisible(question: VisibilityRule, resolved: Answers): boolean {
  if (question.visibleWhen === undefined) return true;
  try {
    return evaluateCondition(question.visibleWhen, resolved);
  } catch (error) {
    // Loading checks every condition; one that still cannot be read must not hide a question.
    if (error instanceof CharterError) return true;
    throw error;
  }
}
