import { CharterError } from '../errors/charter-error';
import type { Language } from '../model/language';
import { parseMarkdown } from '../rich-text/from-markdown';
import { answerProblem } from './answer-problem';
import { CONDITION_KEYWORDS, parseCondition, type Condition } from './condition';
import { templateClauses, type LocaleFile, type Template, type TemplateQuestion } from './template';
import { findVariables, textsOf } from './template-variables';

/** One thing wrong with a template: which file, where in it, and what. */
export interface TemplateProblem {
  file: string;
  /** Where in the file, e.g. `pages[1].questions[0].type`; empty when the whole file is concerned. */
  path: string;
  problem: string;
}

/** Which file holds what: `template.yaml` or a language's locale file, as the user should see it. */
export type TemplateFileName = (part: 'template' | Language) => string;

/**
 * Questions every charter needs: its wording names the company and depends on its size. The
 * export writes the headcount as a whole number, so the wizard must never accept 120.5.
 */
const REQUIRED_QUESTIONS = [
  { id: 'company.name', type: 'text', required: true, integer: false },
  { id: 'company.headcount', type: 'number', required: false, integer: true },
] as const;

/**
 * Checks what a schema cannot: ids are unique, conditions and `{{variables}}` name real questions,
 * defaults fit their question, and every locale has every string. Returns all problems found.
 */
export function checkTemplate(template: Template, fileName: TemplateFileName): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const structure = (path: string, problem: string): void => {
    problems.push({ file: fileName('template'), path, problem });
  };
  template.languages.forEach((language, index) => {
    if (template.languages.indexOf(language) !== index) {
      structure(`languages[${index}]`, `"${language}" is listed twice`);
    }
  });
  const questions = checkQuestions(template, structure);
  checkSections(template, questions, structure);
  template.languages.forEach((language) => {
    const locale = template.locales[language];
    if (locale) {
      checkLocale(template, locale, questions, (path, problem) => {
        problems.push({ file: fileName(language), path, problem });
      });
    }
  });
  checkClauseTitles(template, (language, path, problem) => {
    problems.push({ file: fileName(language), path, problem });
  });
  return problems;
}

/** One CharterError('template-invalid') whose message names, for each problem, file, path and problem. */
export function templateInvalid(
  templateId: string,
  problems: readonly TemplateProblem[],
): CharterError {
  return new CharterError('template-invalid', templateInvalidMessage(templateId, problems), {
    file: problems[0]?.file ?? '',
    path: problems[0]?.path ?? '',
  });
}

/** The message of `templateInvalid`: up to five problems, each with its file and path. */
export function templateInvalidMessage(
  templateId: string,
  problems: readonly TemplateProblem[],
): string {
  const shown = problems
    .slice(0, 5)
    // Problems are joined into one sentence: their own final periods would double up.
    .map(
      ({ file, path, problem }) =>
        `${file}: ${path ? `${path}: ` : ''}${problem.replace(/\.$/, '')}`,
    );
  const more =
    problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return `The template "${templateId}" is invalid: ${shown.join('; ')}${more}.`;
}

type Report = (path: string, problem: string) => void;

function checkQuestions(template: Template, report: Report): Map<string, TemplateQuestion> {
  const questions = new Map<string, TemplateQuestion>();
  const paths = new Map<string, string>();
  const pageIds = new Set<string>();
  template.pages.forEach((page, pageIndex) => {
    if (pageIds.has(page.id)) {
      report(`pages[${pageIndex}].id`, `"${page.id}" is used by another page`);
    }
    pageIds.add(page.id);
    page.questions.forEach((question, questionIndex) => {
      const path = `pages[${pageIndex}].questions[${questionIndex}]`;
      if (questions.has(question.id)) {
        report(`${path}.id`, `"${question.id}" is used by another question`);
      }
      if (CONDITION_KEYWORDS.includes(question.id)) {
        report(
          `${path}.id`,
          `"${question.id}" is a word of the condition language; choose another id`,
        );
      }
      questions.set(question.id, question);
      paths.set(question.id, path);
      checkQuestionShape(question, path, report);
    });
  });
  for (const [id, question] of questions) {
    const path = paths.get(id) ?? 'pages';
    // Answer files may nest ids (`company: {name: X}`), so an id may not also group others.
    const grouped = [...questions.keys()].find((other) => other.startsWith(`${id}.`));
    if (grouped) {
      report(`${path}.id`, `"${id}" cannot be a question and also the group of "${grouped}"`);
    }
    // Conditions may read questions of later pages, so they are checked once all ids are known.
    const problem =
      question.visibleWhen === undefined ? null : conditionProblem(question.visibleWhen, questions);
    if (problem) report(`${path}.visibleWhen`, problem);
  }
  for (const expected of REQUIRED_QUESTIONS) {
    const question = questions.get(expected.id);
    const path = paths.get(expected.id) ?? 'pages';
    if (!question) {
      report(path, `every template needs a "${expected.id}" question of type ${expected.type}`);
    } else if (question.type !== expected.type) {
      report(`${path}.type`, `the "${expected.id}" question must be of type ${expected.type}`);
    } else if (expected.required && !question.required) {
      report(`${path}.required`, `the "${expected.id}" question must be required`);
    } else if (expected.integer && !question.integer) {
      report(
        `${path}.integer`,
        `the "${expected.id}" question must ask for a whole number (integer: true)`,
      );
    }
  }
  return questions;
}

function checkQuestionShape(question: TemplateQuestion, path: string, report: Report): void {
  const hasOptions = question.type === 'choice' || question.type === 'multiChoice';
  if (hasOptions && !question.options) {
    report(`${path}.options`, `a ${question.type} question needs options`);
  }
  if (!hasOptions && question.options) {
    report(`${path}.options`, `a ${question.type} question has no options`);
  }
  question.options?.forEach((value, index) => {
    if (question.options?.indexOf(value) !== index) {
      report(`${path}.options[${index}]`, `"${value}" is listed twice`);
    }
  });
  if (question.type !== 'number') {
    if (question.min !== undefined) report(`${path}.min`, `only a number question has a minimum`);
    if (question.max !== undefined) report(`${path}.max`, `only a number question has a maximum`);
    if (question.integer !== undefined) {
      report(`${path}.integer`, `only a number question can ask for a whole number`);
    }
  } else if (
    question.min !== undefined &&
    question.max !== undefined &&
    question.min > question.max
  ) {
    report(`${path}.max`, `is smaller than min (${question.min})`);
  }
  if (question.default !== undefined) {
    const problem = answerProblem(question, question.default);
    if (problem) report(`${path}.default`, problem);
  }
}

function checkSections(
  template: Template,
  questions: Map<string, TemplateQuestion>,
  report: Report,
): void {
  const sectionIds = new Set<string>();
  // Clause ids are unique across the charter: comments and exports refer to them alone.
  const clauseIds = new Set<string>();
  template.sections.forEach((section, sectionIndex) => {
    if (sectionIds.has(section.id)) {
      report(`sections[${sectionIndex}].id`, `"${section.id}" is used by another section`);
    }
    sectionIds.add(section.id);
    section.clauses.forEach((clause, clauseIndex) => {
      const path = `sections[${sectionIndex}].clauses[${clauseIndex}]`;
      if (clauseIds.has(clause.id)) {
        report(`${path}.id`, `"${clause.id}" is used by another clause`);
      }
      clauseIds.add(clause.id);
      const problem = clause.when === undefined ? null : conditionProblem(clause.when, questions);
      if (problem) report(`${path}.when`, problem);
    });
  });
}

/** Parses a condition and checks it against the questions: ids exist, values are real options. */
function conditionProblem(
  expression: string,
  questions: Map<string, TemplateQuestion>,
): string | null {
  let condition: Condition;
  try {
    condition = parseCondition(expression);
  } catch (error) {
    if (error instanceof CharterError) return error.message;
    throw error;
  }
  return comparisonProblem(condition, questions);
}

function comparisonProblem(
  condition: Condition,
  questions: Map<string, TemplateQuestion>,
): string | null {
  switch (condition.kind) {
    case 'literal':
      return null;
    case 'answer':
      return questions.has(condition.id)
        ? null
        : `"${condition.id}" at position ${condition.position + 1} is not a question of this template`;
    case 'not':
      return comparisonProblem(condition.operand, questions);
    case 'and':
    case 'or':
      return (
        comparisonProblem(condition.left, questions) ??
        comparisonProblem(condition.right, questions)
      );
    case 'compare':
      return (
        comparisonProblem(condition.left, questions) ??
        comparisonProblem(condition.right, questions) ??
        operandProblem(condition, questions)
      );
  }
}

/** Catches comparisons that could never hold, such as a misspelt option value. */
function operandProblem(
  { operator, left, right }: Extract<Condition, { kind: 'compare' }>,
  questions: Map<string, TemplateQuestion>,
): string | null {
  const question = [left, right]
    .map((side) => (side.kind === 'answer' ? questions.get(side.id) : undefined))
    .find(Boolean);
  const literal = [left, right].find((side) => side.kind === 'literal');
  const value = literal?.kind === 'literal' ? literal.value : undefined;
  if (operator === 'includes') {
    if (left.kind !== 'answer' || question?.type !== 'multiChoice') {
      return '"includes" needs a multiChoice question on its left';
    }
    const options = question.options ?? [];
    if (value === undefined || (typeof value === 'string' && options.includes(value))) return null;
    return `${JSON.stringify(value)} is not an option of "${question.id}" (${options.join(', ')})`;
  }
  if (operator !== '==' && operator !== '!=') {
    if (question && question.type !== 'number') {
      return `"${operator}" compares numbers, but "${question.id}" is a ${question.type} question`;
    }
    return value === undefined || typeof value === 'number'
      ? null
      : `"${operator}" compares numbers, not ${JSON.stringify(value)}`;
  }
  if (!question || value === undefined) return null;
  if (question.type === 'multiChoice') {
    return `"${question.id}" is a list of choices: test it with "includes"`;
  }
  // Bounds do not matter here: `headcount == 0` is a fair test even when 0 is not a valid answer.
  // Whole numbers do: `headcount == 49.5` could never hold.
  const { type, options, integer } = question;
  const problem = answerProblem({ type, options, integer }, value);
  return problem && `the value ${JSON.stringify(value)} compared with "${question.id}" ${problem}`;
}

function checkLocale(
  template: Template,
  locale: LocaleFile,
  questions: Map<string, TemplateQuestion>,
  report: Report,
): void {
  const missing = (group: string, id: string, what: string): void =>
    report(`${group}.${id}`, `missing ${what}`);
  const unknown = (
    group: string,
    ids: Iterable<string>,
    known: Set<string>,
    what: string,
  ): void => {
    for (const id of ids) {
      if (!known.has(id)) report(`${group}.${id}`, `no ${what} "${id}" in template.yaml`);
    }
  };

  const pageIds = new Set(template.pages.map((page) => page.id));
  for (const id of pageIds) {
    if (!Object.hasOwn(locale.pages, id)) missing('pages', id, 'the page title');
  }
  unknown('pages', Object.keys(locale.pages), pageIds, 'page');

  for (const [id, question] of questions) {
    const strings = Object.hasOwn(locale.questions, id) ? locale.questions[id] : undefined;
    if (!strings) {
      missing('questions', id, 'the question label');
      continue;
    }
    const labels = strings.options ?? {};
    const values = new Set(question.options);
    for (const value of values) {
      if (!Object.hasOwn(labels, value))
        missing(`questions.${id}.options`, value, 'the option label');
    }
    unknown(`questions.${id}.options`, Object.keys(labels), values, `option of "${id}" named`);
  }
  unknown('questions', Object.keys(locale.questions), new Set(questions.keys()), 'question');

  const sectionIds = new Set(template.sections.map((section) => section.id));
  for (const id of sectionIds) {
    if (!Object.hasOwn(locale.sections, id)) missing('sections', id, 'the section title');
  }
  unknown('sections', Object.keys(locale.sections), sectionIds, 'section');

  const clauses = new Map(templateClauses(template).map(({ clause }) => [clause.id, clause]));
  for (const [id, { restrictive }] of clauses) {
    const strings = Object.hasOwn(locale.clauses, id) ? locale.clauses[id] : undefined;
    if (!strings) {
      missing('clauses', id, 'the clause text');
      continue;
    }
    const variableProblem = (path: string, text: string, spans: string): void => {
      const { names, strayBraces } = findVariables(text);
      for (const name of names) {
        if (!questions.has(name)) {
          report(path, `{{${name}}} does not name a question of this template`);
        }
      }
      if (strayBraces) report(path, `has "{{" or "}}" that form no variable${spans}`);
    };
    for (const text of textsOf(parseMarkdown(strings.text))) {
      variableProblem(`clauses.${id}.text`, text, ' (a variable cannot span bold or italic)');
    }
    const path = `clauses.${id}.rationale`;
    if (strings.rationale !== undefined) variableProblem(path, strings.rationale, '');
    if (restrictive && strings.rationale === undefined) {
      report(
        path,
        'missing: the clause is restrictive, so it must say why the restriction is justified and proportionate (Code du travail L1121-1)',
      );
    }
    if (!restrictive && strings.rationale !== undefined) {
      report(
        path,
        'only a restrictive clause has a rationale: mark the clause "restrictive: true" in template.yaml, or remove the rationale',
      );
    }
  }
  unknown('clauses', Object.keys(locale.clauses), new Set(clauses.keys()), 'clause');
}

/** A clause has a title in every language or in none, so the charters read alike. */
function checkClauseTitles(
  template: Template,
  report: (language: Language, path: string, problem: string) => void,
): void {
  const [reference, ...others] = template.languages;
  const referenceLocale = reference === undefined ? undefined : template.locales[reference];
  if (reference === undefined || !referenceLocale) return;
  for (const language of others) {
    const locale = template.locales[language];
    if (!locale) continue;
    for (const [id, clause] of Object.entries(locale.clauses)) {
      const referenceClause = Object.hasOwn(referenceLocale.clauses, id)
        ? referenceLocale.clauses[id]
        : undefined;
      const sameShape = (clause.title === undefined) === (referenceClause?.title === undefined);
      if (!referenceClause || sameShape) continue;
      report(
        language,
        `clauses.${id}.title`,
        clause.title === undefined
          ? `missing, but ${reference} has one`
          : `present, but ${reference} has none`,
      );
    }
  }
}
