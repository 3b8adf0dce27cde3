import { CharterError } from '../errors/charter-error';
import type { AnswerValue } from '../model/answers';
import { answerProblem } from './answer-problem';
import type { WizardQuestion } from './wizard-types';

const TRUE_WORDS = ['true', 'yes', 'oui'];
const FALSE_WORDS = ['false', 'no', 'non'];

/**
 * Reads an answer typed as text (the CLI's `--set KEY=VALUE`): numbers as `1200`, `1 200` or `2,5`;
 * booleans as true/false, yes/no or oui/non; choices by value or label; multiple choices separated
 * by commas. Empty text clears the answer (null). Throws CharterError('invalid-input') naming the question.
 */
export function parseAnswerText(question: WizardQuestion, raw: string): AnswerValue {
  const text = raw.trim();
  if (text === '') return null;
  const value = read(question, text);
  const problem =
    value === undefined
      ? expected(question)
      : answerProblem({ ...question, options: optionValues(question) }, value);
  if (problem !== null) {
    throw new CharterError(
      'invalid-input',
      `"${raw}" is not an answer to "${question.id}" (${question.label}): it ${problem}.`,
      {
        question: question.id,
      },
    );
  }
  return value ?? null;
}

/** The typed value, or undefined when the text cannot be read as the question's type. */
function read(question: WizardQuestion, text: string): AnswerValue | undefined {
  switch (question.type) {
    case 'text':
    case 'longText':
      return text;
    case 'number': {
      // French writes 1 200 and 2,5; spaces of any kind group digits.
      const plain = text.replace(/\s/g, '').replace(',', '.');
      return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      return FALSE_WORDS.includes(word) ? false : undefined;
    }
    case 'choice':
      return optionFor(question, text) ?? undefined;
    case 'multiChoice': {
      const values = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => optionFor(question, item));
      return values.every((value) => value !== null) ? values : undefined;
    }
  }
}

/** The option whose value or label is `text`, ignoring case. */
function optionFor(question: WizardQuestion, text: string): string | null {
  const wanted = text.toLowerCase();
  const option = question.options?.find(
    (candidate) =>
      candidate.value.toLowerCase() === wanted || candidate.label.toLowerCase() === wanted,
  );
  return option?.value ?? null;
}

function optionValues(question: WizardQuestion): string[] {
  return question.options?.map((option) => option.value) ?? [];
}

function expected(question: WizardQuestion): string {
  const options = (question.options ?? [])
    .map((option) => `${option.value} (${option.label})`)
    .join(', ');
  switch (question.type) {
    case 'number':
      return 'must be a number';
    case 'boolean':
      return `must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}`;
    case 'choice':
      return `must be one of ${options}`;
    default:
      return `must be a comma-separated list among ${options}`;
  }
}
