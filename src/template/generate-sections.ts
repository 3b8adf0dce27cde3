import { CharterError } from '../errors/charter-error';
import type { Answers } from '../model/answers';
import type { Clause, Section } from '../model/clause';
import type { Language } from '../model/language';
import { parseMarkdown } from '../rich-text/from-markdown';
import { evaluateCondition } from './condition';
import { formatAnswer } from './format-answer';
import { localeEntry, templateLocale, templateQuestions, type Template } from './template';
import { interpolateVariables } from './template-variables';

/**
 * The charter's text for these answers (normally from resolveAnswers): clauses whose `when` holds,
 * in template order, with `{{variables}}` filled in. Sections left without clauses are dropped.
 */
export function generateSections(
  template: Template,
  language: Language,
  answers: Answers,
): Section[] {
  const locale = templateLocale(template, language);
  const questions = new Map(templateQuestions(template).map((question) => [question.id, question]));
  const valueOf = (id: string): string => {
    const question = questions.get(id);
    // Loading checked every variable, so an unknown one only comes from a hand-built template.
    if (!question) {
      throw new CharterError('template-invalid', `{{${id}}} does not name a question.`);
    }
    const value = Object.hasOwn(answers, id) ? (answers[id] ?? null) : null;
    return formatAnswer(question, value, language, locale);
  };

  return template.sections
    .map((section): Section => {
      const clauses = section.clauses
        .filter((clause) => clause.when === undefined || evaluateCondition(clause.when, answers))
        .map((clause): Clause => {
          const strings = localeEntry(locale.clauses, clause.id, 'clause');
          return {
            id: clause.id,
            ...(strings.title === undefined ? {} : { title: strings.title }),
            owner: clause.owner ?? section.owner,
            body: interpolateVariables(parseMarkdown(strings.text), valueOf),
          };
        });
      return {
        id: section.id,
        title: localeEntry(locale.sections, section.id, 'section').title,
        owner: section.owner,
        clauses,
      };
    })
    .filter((section) => section.clauses.length > 0);
}
