import { CharterError } from '../errors/charter-error';
import type { AnswerValue, Answers } from '../model/answers';
import { answerOrDefault } from './answer-or-default';
import { answerProblem } from './answer-problem';
import { templateQuestions, type Template, type TemplateQuestion } from './template';
import { visibleQuestionIds } from './visible-questions';

/**
 * The answers a charter is generated from: one entry per question, in template order, with
 * defaults filled in and unanswered questions set to null. Throws CharterError('invalid-input')
 * for an unknown question or an answer of the wrong kind, and CharterError('missing-answer') for a
 * required question left without answer or default. Hidden questions (visibleWhen) are never required.
 */
export function resolveAnswers(template: Template, answers: Answers): Answers {
  const questions = templateQuestions(template);
  const known = new Set(questions.map((question) => question.id));
  const unknown = Object.keys(answers).find((key) => !known.has(key));
  if (unknown !== undefined) {
    throw new CharterError(
      'invalid-input',
      `"${unknown}" is not a question of the template "${template.id}".`,
      {
        question: unknown,
      },
    );
  }

  const resolved: Answers = {};
  for (const question of questions) {
    const value = answerOrDefault(question, answers);
    const problem = answerProblem(question, value);
    if (problem) {
      throw new CharterError(
        'invalid-input',
        `The answer to ${describe(template, question)} ${problem}; got ${JSON.stringify(value)}.`,
        { question: question.id },
      );
    }
    resolved[question.id] = value;
  }

  // The wizard shows exactly these questions: it calls the same function.
  const visible = visibleQuestionIds(template.pages, resolved);
  for (const question of questions) {
    if (!question.required || !visible.has(question.id)) continue;
    if (!isUnanswered(resolved[question.id] ?? null)) continue;
    throw new CharterError(
      'missing-answer',
      `${capitalize(describe(template, question))} needs an answer.`,
      {
        question: question.id,
      },
    );
  }
  return resolved;
}

/** A required multiple choice needs at least one pick; an optional one may stay empty. */
function isUnanswered(value: AnswerValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** `the question "company.name" (Nom de l'entreprise)`, labelled in the template's first language. */
function describe(template: Template, question: TemplateQuestion): string {
  const [language] = template.languages;
  const locale = language === undefined ? undefined : template.locales[language];
  const label =
    locale && Object.hasOwn(locale.questions, question.id)
      ? locale.questions[question.id]?.label
      : undefined;
  return `the question "${question.id}"${label ? ` (${label})` : ''}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
