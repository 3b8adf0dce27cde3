import { CharterError } from '../errors/charter-error';
import { withEffectiveDate } from '../formalities/with-effective-date';
import type { Answers } from '../model/answers';
import type { Clause, Section } from '../model/clause';
import type { Language } from '../model/language';
import { parseMarkdown } from '../rich-text/from-markdown';
import { evaluateCondition } from './condition';
import { formatAnswer } from './format-answer';
import { localeEntry, templateLocale, templateQuestions, type Template } from './template';
import { interpolateText, interpolateVariables } from './template-variables';

export interface GenerateSectionsOptions {
  /**
   * Ids of optional clauses the author switched off (Project.disabledClauses). Ids of clauses
   * that are not optional are ignored: those clauses cannot be switched off.
   */
  disabledClauses?: readonly string[];
}

/**
 * The charter's text for these answers (normally from resolveAnswers): clauses whose `when` holds
 * and that are not switched off, in template order, with `{{variables}}` filled in. Each clause
 * keeps a copy of its body as `generated`, and restrictive clauses carry their `rationale`.
 * Sections left without clauses are dropped. An unanswered entry-into-force date reads as the
 * earliest legal one (withEffectiveDate).
 */
export function generateSections(
  template: Template,
  language: Language,
  givenAnswers: Answers,
  { disabledClauses = [] }: GenerateSectionsOptions = {},
): Section[] {
  const answers = withEffectiveDate(givenAnswers);
  const locale = templateLocale(template, language);
  const questions = new Map(templateQuestions(template).map((question) => [question.id, question]));
  const disabled = new Set(disabledClauses);
  // An answer reads the same in every clause: each is formatted once (Intl formatters are slow
  // to build, and a long template repeats its variables thousands of times).
  const formatted = new Map<string, string>();
  const valueOf = (id: string): string => {
    let text = formatted.get(id);
    if (text === undefined) formatted.set(id, (text = formattedAnswer(id)));
    return text;
  };
  const formattedAnswer = (id: string): string => {
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
        .filter((clause) => !(clause.optional && disabled.has(clause.id)))
        .filter((clause) => clause.when === undefined || evaluateCondition(clause.when, answers))
        .map((clause): Clause => {
          const strings = localeEntry(locale.clauses, clause.id, 'clause');
          const body = interpolateVariables(parseMarkdown(strings.text), valueOf);
          return {
            id: clause.id,
            ...(strings.title === undefined ? {} : { title: strings.title }),
            owner: clause.owner ?? section.owner,
            body,
            generated: structuredClone(body),
            ...(clause.restrictive && strings.rationale !== undefined
              ? { rationale: interpolateText(strings.rationale, valueOf) }
              : {}),
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
