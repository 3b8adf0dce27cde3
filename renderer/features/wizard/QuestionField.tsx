import type { ComponentType } from 'react';
import type { AnswerValue } from '../../../src/model/answers';
import type { QuestionType, WizardQuestion } from '../../../src/template/wizard-types';
import { useT } from '../../i18n/use-t';
import { AlertIcon } from '../../ui/icons';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { BooleanControl } from './controls/BooleanControl';
import { ChoiceControl, MAX_RADIO_OPTIONS } from './controls/ChoiceControl';
import { ContactsControl } from './controls/ContactsControl';
import type { ControlProps } from './controls/control-props';
import { DateControl } from './controls/DateControl';
import { LongTextControl } from './controls/LongTextControl';
import { MultiChoiceControl } from './controls/MultiChoiceControl';
import { NumberControl } from './controls/NumberControl';
import { TextControl } from './controls/TextControl';

const CONTROLS: Record<QuestionType, ComponentType<ControlProps>> = {
  text: TextControl,
  longText: LongTextControl,
  number: NumberControl,
  boolean: BooleanControl,
  choice: ChoiceControl,
  multiChoice: MultiChoiceControl,
  date: DateControl,
  contacts: ContactsControl,
};

/** Fields one may leave blank; yes/no and tick boxes always hold an answer, so never "optional". */
const MAY_STAY_EMPTY = new Set<QuestionType>([
  'text',
  'longText',
  'number',
  'choice',
  'date',
  'contacts',
]);

/** Radios, checkboxes and contact rows are a group named by a legend; single inputs a label. */
function isGroup(question: WizardQuestion): boolean {
  if (['boolean', 'multiChoice', 'contacts'].includes(question.type)) return true;
  return question.type === 'choice' && (question.options?.length ?? 0) <= MAX_RADIO_OPTIONS;
}

export function fieldIdOf(question: Pick<WizardQuestion, 'id'>): string {
  return `question-${question.id}`;
}

interface QuestionFieldProps {
  question: WizardQuestion;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange(value: AnswerValue): void;
}

export function QuestionField({ question, value, error, onChange }: QuestionFieldProps) {
  const t = useT();
  const id = fieldIdOf(question);
  const helpId = question.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  const Control = CONTROLS[question.type];

  const labelText = (
    <>
      <span>{question.label}</span>
      {!question.required && MAY_STAY_EMPTY.has(question.type) && (
        <span className="field__optional">{t('wizard.optional')}</span>
      )}
    </>
  );
  const help = question.help && (
    <p id={helpId} className="field__help">
      {question.help}
    </p>
  );
  const problem = error && (
    <p id={errorId} className="field__error">
      <AlertIcon />
      {error}
    </p>
  );
  const control = (
    <Control
      id={id}
      question={question}
      value={value}
      onChange={onChange}
      describedBy={describedBy}
      invalid={Boolean(error)}
    />
  );

  if (isGroup(question)) {
    return (
      <fieldset
        className="field"
        data-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={question.required || undefined}
      >
        <legend className="field__label">{labelText}</legend>
        {question.owner && (
          <span className="field__owner">
            <OwnerBadge owner={question.owner} />
          </span>
        )}
        {help}
        {control}
        {problem}
      </fieldset>
    );
  }

  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {labelText}
        </label>
        {question.owner && (
          <span className="field__owner">
            <OwnerBadge owner={question.owner} />
          </span>
        )}
      </div>
      {help}
      {control}
      {problem}
    </div>
  );
}
