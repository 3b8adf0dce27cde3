import type { Project } from '../model/project';

/** Where a clause sits: its section, and its own title if it has one. */
export interface ClausePlace {
  sectionId: string;
  sectionTitle: string;
  clauseTitle: string | null;
}

/** The place of every clause the charter holds, by clause id. */
export function clausePlaces(project: Pick<Project, 'sections'>): ReadonlyMap<string, ClausePlace> {
  return new Map(
    project.sections.flatMap((section) =>
      section.clauses.map((clause) => [
        clause.id,
        { sectionId: section.id, sectionTitle: section.title, clauseTitle: clause.title ?? null },
      ]),
    ),
  );
}
