import type { AnswerValue } from '../../../../src/model/answers';
import type { WizardQuestion } from '../../../../src/template/wizard-types';

/** What every question control receives; `id` goes on the element that takes focus first. */
export interface ControlProps {
  id: string;
  question: WizardQuestion;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue): void;
  describedBy: string | undefined;
  invalid: boolean;
}
