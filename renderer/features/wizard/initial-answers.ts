import type { Answers } from '../../../src/model/answers';
import type { WizardPage } from '../../../src/template/wizard-types';

/** Each question starts at the template's default, so a typical company only confirms. */
export function initialAnswers(pages: readonly WizardPage[]): Answers {
  const answers: Answers = {};
  for (const question of pages.flatMap((page) => page.questions)) {
    if (question.default !== undefined) answers[question.id] = question.default;
    else if (question.type === 'multiChoice') answers[question.id] = [];
  }
  return answers;
}
