import type { Project } from '../../../src/model/project';
import type { RichTextDoc } from '../../../src/model/rich-text';

/** A new project with one clause body replaced; every untouched section and clause is reused. */
export function replaceClauseBody(
  project: Project,
  sectionId: string,
  clauseId: string,
  body: RichTextDoc,
): Project {
  return {
    ...project,
    sections: project.sections.map((section) =>
      section.id !== sectionId
        ? section
        : {
            ...section,
            clauses: section.clauses.map((clause) =>
              clause.id === clauseId ? { ...clause, body } : clause,
            ),
          },
    ),
  };
}
