import type { Project } from '../../../src/model/project';
import {
  isRemovalProposal,
  type RegenerationConflict,
} from '../../../src/template/regeneration-conflict';

/** For a clause edited by hand: keep the author's text, or take the template's new one. */
export type ConflictChoice = 'keep' | 'take';

/**
 * The regenerated project once the author has chosen for each conflict. Taking the new text
 * replaces the body, or removes the clause when the template proposes to remove it (and its
 * section with it, if nothing is left there); either way the new text becomes the clause's
 * `generated`, so the same difference is not asked about again. A conflict without a choice
 * keeps the author's text.
 */
export function applyConflictChoices(
  project: Project,
  conflicts: readonly RegenerationConflict[],
  choices: Readonly<Record<string, ConflictChoice>>,
): Project {
  const byClause = new Map(conflicts.map((conflict) => [conflict.clauseId, conflict]));
  const sections = project.sections.map((section) => ({
    ...section,
    clauses: section.clauses.flatMap((clause) => {
      const conflict = byClause.get(clause.id);
      if (!conflict || conflict.sectionId !== section.id) return [clause];
      const take = choices[clause.id] === 'take';
      if (take && isRemovalProposal(conflict.proposed)) return [];
      return [
        { ...clause, body: take ? conflict.proposed : clause.body, generated: conflict.proposed },
      ];
    }),
  }));
  return {
    ...project,
    sections: sections.filter(
      (section, index) =>
        section.clauses.length > 0 || project.sections[index]?.clauses.length === 0,
    ),
  };
}
