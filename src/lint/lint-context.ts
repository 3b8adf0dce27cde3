import type { AnswerValue } from '../model/answers';
import type { Clause } from '../model/clause';
import type { Project } from '../model/project';
import { shownRationale } from '../model/shown-rationale';
import { richTextToPlainText } from '../rich-text/to-plain-text';

/** A clause as the rules read it: its plain text normalized for matching words. */
export interface LintClause {
  sectionId: string;
  clause: Clause;
  /** Lowercase plain text, with typographic apostrophes and spaces made plain. */
  text: string;
  /** The same of the body the template generated, or null for a clause written by hand. */
  generatedText: string | null;
}

/** What every rule reads of a project, computed once. */
export interface LintContext {
  project: Project;
  clauses: LintClause[];
  /** The answer, or null when unanswered or not asked (own keys only). */
  answer(questionId: string): AnswerValue;
  /** Whether the project's template asks the question: its answers hold the id, even as null. */
  asks(questionId: string): boolean;
  /** The first of these clauses the charter has, in the order given. */
  findClause(...clauseIds: string[]): LintClause | undefined;
}

export function createLintContext(project: Project): LintContext {
  const clauses = project.sections.flatMap((section) =>
    section.clauses.map((clause) => ({
      sectionId: section.id,
      clause,
      text: normalizeText(richTextToPlainText(clause.body)),
      generatedText:
        clause.generated === undefined
          ? null
          : normalizeText(richTextToPlainText(clause.generated)),
    })),
  );
  const byId = new Map(clauses.map((entry) => [entry.clause.id, entry]));
  const asks = (questionId: string) => Object.hasOwn(project.answers, questionId);
  return {
    project,
    clauses,
    answer: (questionId) => (asks(questionId) ? (project.answers[questionId] ?? null) : null),
    asks,
    findClause: (...clauseIds) =>
      clauseIds.map((id) => byId.get(id)).find((entry) => entry !== undefined),
  };
}

/** Lowercase, with ’ as ' and every kind of space as one space, so patterns stay simple. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/gu, ' ');
}

/** Whether a clause gives the justification Code du travail L1121-1 asks of a restriction. */
export function hasRationale(clause: Clause): boolean {
  return shownRationale(clause) !== undefined;
}
