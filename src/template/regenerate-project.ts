import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import type { Answers } from '../model/answers';
import type { Clause, Section } from '../model/clause';
import type { HistoryFactOf } from '../model/history-fact';
import { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import { richTextToMarkdown } from '../rich-text/to-markdown';
import { checkDisabledClauses } from './check-disabled-clauses';
import { generateSections } from './generate-sections';
import {
  isRemovalProposal,
  REMOVAL_PROPOSAL,
  type RegenerationConflict,
} from './regeneration-conflict';
import { resolveAnswers } from './resolve-answers';
import { templateClauses, type Template } from './template';

export interface RegenerationResult {
  project: Project;
  /** Clauses edited by hand that the new answers would change: the author chooses for each. */
  conflicts: RegenerationConflict[];
}

export interface RegenerationOptions {
  /**
   * The optional clauses switched off from now on, in place of `project.disabledClauses`, which
   * stay as they are when this is absent. Each must be an optional clause of the template.
   */
  disabledClauses?: readonly string[];
}

/**
 * The project with the wizard run again on `answers` (checked and completed by resolveAnswers,
 * then stored in place of the old ones), in the project's language, its optional clauses switched
 * off as before or as `disabledClauses` now says. An author's text is never overwritten or
 * dropped silently:
 *
 * - a clause whose body is still what the template generated takes the new text;
 * - a clause edited by hand keeps the author's text; if the template now generates something
 *   else than before, a conflict shows both (`current` and `proposed`) for the author to choose;
 * - a clause without `generated` (files written before it existed) counts as edited by hand
 *   unless its body already is the new text: nothing tells what the template gave it;
 * - a clause that is no longer generated — the answers leave it out, or the author switched it
 *   off — is removed, unless edited by hand: it then stays where it was and its conflict proposes
 *   REMOVAL_PROPOSAL. A clause the template does not know (written by the author) always stays;
 * - new clauses, and optional clauses switched back on, appear in template order.
 *
 * A conflict stays in the project as it is (body ≠ generated), so running the wizard again shows
 * it again until it is settled: taking the template's text means body = generated = proposed, or
 * removing the clause for a removal proposal; keeping one's own means generated = proposed.
 * Comments, versions, approvals and history are kept; history gains an `answered` event.
 * Throws CharterError('invalid-input') when `disabledClauses` names a clause that is not optional.
 */
export function regenerateProject(
  template: Template,
  project: Project,
  answers: Answers,
  now: string,
  options: RegenerationOptions = {},
): RegenerationResult {
  if (project.template.id !== template.id) {
    throw new CharterError(
      'invalid-input',
      `The project was made from the template "${project.template.id}", not "${template.id}".`,
      { template: template.id },
    );
  }
  const disabledClauses =
    options.disabledClauses === undefined
      ? project.disabledClauses
      : checkDisabledClauses(template, options.disabledClauses);
  const resolved = resolveAnswers(template, answers);
  const fresh = generateSections(template, project.meta.language, resolved, { disabledClauses });
  const conflicts: RegenerationConflict[] = [];
  const previous = new Map(
    project.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause])),
  );

  const sections = fresh.map((section): Section => ({
    ...section,
    clauses: section.clauses.map((clause) => {
      const old = previous.get(clause.id);
      if (old === undefined) return clause;
      const merged = mergeClause(old, clause);
      if (merged.conflict) conflicts.push({ sectionId: section.id, ...merged.conflict });
      return merged.clause;
    }),
  }));

  const generatedIds = new Set(fresh.flatMap((section) => section.clauses.map(({ id }) => id)));
  const templateIds = new Set(templateClauses(template).map(({ clause }) => clause.id));
  for (const [sectionIndex, section] of project.sections.entries()) {
    for (const [clauseIndex, clause] of section.clauses.entries()) {
      if (generatedIds.has(clause.id)) continue;
      const authored = !templateIds.has(clause.id);
      if (!authored && !isHandEdited(clause)) continue;
      const target = keepSection(sections, project.sections, sectionIndex);
      const before = section.clauses.slice(0, clauseIndex).map(({ id }) => id);
      insertAfterLast(target.clauses, clause, before);
      // Kept once already against a removal, as mergeClause keeps a settled edit.
      const settled = clause.generated !== undefined && isRemovalProposal(clause.generated);
      if (!authored && !settled) {
        conflicts.push({
          sectionId: target.id,
          clauseId: clause.id,
          ...(clause.title === undefined ? {} : { title: clause.title }),
          current: clause.body,
          proposed: REMOVAL_PROPOSAL,
        });
      }
    }
  }

  const regenerated = {
    ...project,
    meta: { ...project.meta, updatedAt: now },
    template: { id: template.id, version: template.version },
    answers: resolved,
    sections,
    disabledClauses,
    history: [
      ...project.history,
      {
        at: now,
        kind: 'answered' as const,
        fact: answersChange(project, { answers: resolved, disabledClauses }, conflicts),
      },
    ],
  };
  return {
    project: parseOrThrow(
      Project,
      regenerated,
      'invalid-input',
      (problems) => `The regenerated project is not valid: ${problems}.`,
    ),
    conflicts,
  };
}

/** The clause to keep for an old one that the template generates again, and its conflict. */
function mergeClause(
  old: Clause,
  fresh: Clause,
): { clause: Clause; conflict?: Omit<RegenerationConflict, 'sectionId'> } {
  // A rationale the author gave a clause the template gives none stays.
  const renewed: Clause =
    fresh.rationale === undefined && old.rationale !== undefined
      ? { ...fresh, rationale: old.rationale }
      : fresh;
  if (sameText(old.body, fresh.body) || !isHandEdited(old)) return { clause: renewed };
  if (old.generated !== undefined && sameText(old.generated, fresh.body)) return { clause: old };
  return {
    clause: old,
    conflict: {
      clauseId: old.id,
      ...(old.title === undefined ? {} : { title: old.title }),
      current: old.body,
      proposed: fresh.body,
    },
  };
}

function isHandEdited(clause: Clause): boolean {
  return clause.generated === undefined || !sameText(clause.body, clause.generated);
}

/**
 * Two bodies read the same: compared as Markdown, so what an editor changes without changing the
 * text (split text runs, an ordered list's default start) is no edit.
 */
function sameText(a: RichTextDoc, b: RichTextDoc): boolean {
  return richTextToMarkdown(a) === richTextToMarkdown(b);
}

/** The new section for an old one, added after the old sections before it when it is gone. */
function keepSection(sections: Section[], oldSections: readonly Section[], index: number): Section {
  const old = oldSections[index];
  if (old === undefined) throw new RangeError(`No section at ${index}.`);
  const existing = sections.find((section) => section.id === old.id);
  if (existing) return existing;
  const kept: Section = { id: old.id, title: old.title, owner: old.owner, clauses: [] };
  const before = oldSections.slice(0, index).map(({ id }) => id);
  insertAfterLast(sections, kept, before);
  return kept;
}

/** Inserts `item` after the last of `list` whose id is among `before`, or first if none is. */
function insertAfterLast<T extends { id: string }>(
  list: T[],
  item: T,
  before: readonly string[],
): void {
  const earlier = new Set(before);
  const anchor = list.findLastIndex((entry) => earlier.has(entry.id));
  list.splice(anchor + 1, 0, item);
}

/** What new answers changed: for the audit trail, which words it. */
function answersChange(
  project: Project,
  next: Pick<Project, 'answers' | 'disabledClauses'>,
  conflicts: readonly RegenerationConflict[],
): HistoryFactOf<'answered'> {
  const keys = new Set([...Object.keys(project.answers), ...Object.keys(next.answers)]);
  const before = new Set(project.disabledClauses);
  const after = new Set(next.disabledClauses);
  return {
    type: 'answered',
    answers: [...keys].filter(
      (key) =>
        JSON.stringify(project.answers[key] ?? null) !== JSON.stringify(next.answers[key] ?? null),
    ),
    switchedOff: [...after].filter((id) => !before.has(id)),
    switchedOn: [...before].filter((id) => !after.has(id)),
    toSettle: conflicts.length,
  };
}
