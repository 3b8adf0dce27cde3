import type { Project } from '../../../src/model/project';
import { clauseNumber } from '../editor/clause-number';

export interface ClauseLocation {
  /** "2.3", as the document and the outline number the clause. */
  number: string;
  title: string | undefined;
}

/** Where a clause is in the charter, or null when the charter does not hold it. */
export function clauseLocation(project: Project, clauseId: string): ClauseLocation | null {
  for (const [sectionIndex, section] of project.sections.entries()) {
    const clauseIndex = section.clauses.findIndex((clause) => clause.id === clauseId);
    const clause = section.clauses[clauseIndex];
    if (clause) return { number: clauseNumber(sectionIndex, clauseIndex), title: clause.title };
  }
  return null;
}
