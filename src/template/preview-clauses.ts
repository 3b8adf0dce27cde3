import type { Answers } from '../model/answers';
import type { Clause } from '../model/clause';
import type { Language } from '../model/language';
import { answerOrDefault } from './answer-or-default';
import { answerProblem } from './answer-problem';
import { clauseDependencies } from './clause-dependencies';
import { generateSections } from './generate-sections';
import { templateQuestions, type Template } from './template';

export interface PreviewClause {
  sectionId: string;
  sectionTitle: string;
  clause: Clause;
}

/**
 * The clauses that the questions `questionIds` shape — through a `when` condition or a
 * `{{variable}}` — as the answers so far generate them, in charter order: the wizard's live
 * preview of what an answer changes. Unlike resolveAnswers it never refuses the answers of a
 * wizard still being filled in: a missing answer takes its default (or shows as "to complete"),
 * and an answer that does not fit its question, or names no question, is ignored.
 */
export function previewClauses(
  template: Template,
  language: Language,
  answers: Answers,
  questionIds: readonly string[],
): PreviewClause[] {
  const asked = new Set(questionIds);
  if (asked.size === 0) return [];
  const dependencies = clauseDependencies(template);
  const shaped = (clauseId: string): boolean =>
    [...(dependencies.get(clauseId) ?? [])].some((questionId) => asked.has(questionId));
  return generateSections(template, language, answersSoFar(template, answers)).flatMap((section) =>
    section.clauses
      .filter((clause) => shaped(clause.id))
      .map((clause) => ({ sectionId: section.id, sectionTitle: section.title, clause })),
  );
}

function answersSoFar(template: Template, answers: Answers): Answers {
  return Object.fromEntries(
    templateQuestions(template).map((question) => {
      const value = answerOrDefault(question, answers);
      const fits = answerProblem(question, value) === null;
      return [question.id, fits ? value : (question.default ?? null)];
    }),
  );
}
