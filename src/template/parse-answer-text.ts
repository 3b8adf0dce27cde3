import { CharterError } from '../errors/charter-error';
import type { AnswerValue } from '../model/answers';
import { answerProblem } from './answer-problem';
import { parseContactsText } from './contact-text';
import type { WizardQuestion } from './wizard-types';

const TRUE_WORDS = ['true', 'yes', 'oui'];
const FALSE_WORDS = ['false', 'no', 'non'];

/** The typed value, or why the text cannot be read as the question's type. */
type Reading = { value: AnswerValue; problem?: undefined } | { value?: undefined; problem: string };

/**
 * Reads an answer typed as text (the CLI's `--set KEY=VALUE`): numbers as `1200` or `1 200`, with
 * `2.5` or `2,5` for decimals; booleans as true/false, yes/no or oui/non; choices by value or label;
 * multiple choices separated by commas; dates as YYYY-MM-DD; contacts as in contact-text.ts
 * (`Claire Martin <presse@acme.fr>, Head of Communications; IT helpdesk, +33 1 23 45 67 89`).
 * Empty text clears the answer (null). Throws CharterError('invalid-input') naming the question.
 */
export function parseAnswerText(question: WizardQuestion, raw: string): AnswerValue {
  const text = raw.trim();
  if (text === '') return null;
  const reading = read(question, text);
  const problem =
    reading.problem ??
    answerProblem({ ...question, options: optionValues(question) }, reading.value);
  if (problem !== null) {
    throw new CharterError(
      'invalid-input',
      `"${raw}" is not an answer to "${question.id}" (${question.label}): it ${problem}.`,
      {
        question: question.id,
      },
    );
  }
  return reading.value ?? null;
}

function read(question: WizardQuestion, text: string): Reading {
  const valueOr = (value: AnswerValue | null): Reading =>
    value === null ? { problem: expected(question) } : { value };
  switch (question.type) {
    case 'text':
    case 'longText':
      return { value: text };
    case 'number':
      return readNumber(question, text);
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.includes(word)) return { value: true };
      return valueOr(FALSE_WORDS.includes(word) ? false : null);
    }
    case 'choice':
      return valueOr(optionFor(question, text));
    case 'multiChoice': {
      const values = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => optionFor(question, item));
      return valueOr(values.every((value) => value !== null) ? values : null);
    }
    case 'date':
      return { value: text };
    case 'contacts': {
      const { contacts, problem } = parseContactsText(text);
      return contacts ? { value: contacts } : { problem };
    }
  }
}

/** Digits grouped in threes by "," or ".": 1,200 is twelve hundred in English, 1.2 in French. */
const PUNCTUATION_GROUPS = /^-?\d{1,3}([.,]\d{3})+$/;

/**
 * Spaces of any kind group digits (`1 200`, with a no-break space as French writes it); one "."
 * or "," is the decimal mark (`2.5`, `2,5`). A whole number written with "," or "." between
 * groups of three digits is refused rather than guessed, since the reading depends on the language.
 */
function readNumber(question: WizardQuestion, text: string): Reading {
  const plain = text.replace(/\s/g, '');
  const separator = /[.,]/.exec(plain)?.[0];
  if (question.integer && separator && PUNCTUATION_GROUPS.test(plain)) {
    const digits = plain.replace(/[.,]/g, '');
    return {
      problem: `is ambiguous, as "${separator}" groups thousands in some languages and marks decimals in others: write ${digits}`,
    };
  }
  if (/^-?\d+([.,]\d+)?$/.test(plain)) return { value: Number(plain.replace(',', '.')) };
  if (/^-?\d+([.,]\d+)+$/.test(plain)) {
    return {
      problem:
        'must be a number with at most one decimal mark ("," or "."): group digits with spaces, as in 1 200.5',
    };
  }
  return { problem: expected(question) };
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
