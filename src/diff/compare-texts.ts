import type { Clause, Section } from '../model/clause';
import { clauseNumber } from '../model/clause-number';
import { shownRationale } from '../model/shown-rationale';
import { richTextToMarkdown } from '../rich-text/to-markdown';
import { richTextToPlainText } from '../rich-text/to-plain-text';
import { compareDetails } from './detail-changes';
import { diffSequences } from './diff-sequences';
import { readingOrder } from './reading-order';
import type {
  ClauseAspect,
  ClauseDiff,
  ClausePlace,
  ComparableText,
  ComparisonSummary,
  SectionDiff,
  SectionPlace,
  TextComparison,
} from './text-comparison';
import { diffWords, hasChanges, type WordRun, wholeText } from './word-runs';

interface PlacedClause {
  clause: Clause;
  place: ClausePlace;
}

interface PlacedSection {
  section: Section;
  place: SectionPlace;
}

/**
 * Compares two texts clause by clause, matching clauses and sections by their stable ids: what
 * was added, removed, changed (word by word, on the text readers see, or its owner) or moved;
 * and the details the export carries besides them (template, company answers, formalities).
 */
export function compareTexts(before: ComparableText, after: ComparableText): TextComparison {
  const sectionOrder = readingOrder(
    before.sections.map((section) => section.id),
    after.sections.map((section) => section.id),
  );
  const sections = compareSections(before.sections, after.sections, sectionOrder);
  const clauses = compareClauses(before.sections, after.sections, sectionOrder);
  const title = diffWords(before.title, after.title);
  const details = compareDetails(before, after);
  const summary = summarize(sections, clauses, details.length);
  const identical =
    !hasChanges(title) &&
    details.length === 0 &&
    sections.every((section) => section.kind === 'unchanged') &&
    clauses.every((clause) => clause.kind === 'unchanged');
  return { title, details, sections, clauses, summary, identical };
}

function compareSections(
  before: readonly Section[],
  after: readonly Section[],
  order: readonly string[],
): SectionDiff[] {
  const placed = (sections: readonly Section[]) =>
    new Map<string, PlacedSection>(
      sections.map((section, index) => [
        section.id,
        { section, place: { index, title: section.title, owner: section.owner } },
      ]),
    );
  const from = placed(before);
  const to = placed(after);
  const moved = reordered(
    before.map((section) => section.id).filter((id) => to.has(id)),
    after.map((section) => section.id).filter((id) => from.has(id)),
  );
  return order.map((id) => {
    const old = from.get(id);
    const current = to.get(id);
    if (!current) {
      return sectionDiff(id, 'removed', {
        from: old?.place,
        title: wholeText('removed', old?.section.title ?? ''),
      });
    }
    if (!old) {
      return sectionDiff(id, 'added', {
        to: current.place,
        title: wholeText('added', current.section.title),
      });
    }
    const title = diffWords(old.section.title, current.section.title);
    const isMoved = moved.has(id);
    const kind = hasChanges(title)
      ? 'retitled'
      : old.section.owner !== current.section.owner
        ? 'changed'
        : isMoved
          ? 'moved'
          : 'unchanged';
    return sectionDiff(id, kind, { from: old.place, to: current.place, title, moved: isMoved });
  });
}

function sectionDiff(
  id: string,
  kind: SectionDiff['kind'],
  parts: { from?: SectionPlace; to?: SectionPlace; title: WordRun[]; moved?: boolean },
): SectionDiff {
  return {
    id,
    kind,
    ...(parts.from ? { from: parts.from } : {}),
    ...(parts.to ? { to: parts.to } : {}),
    moved: parts.moved ?? false,
    title: parts.title,
  };
}

function placeClauses(sections: readonly Section[]): Map<string, PlacedClause> {
  const placed = new Map<string, PlacedClause>();
  sections.forEach((section, sectionIndex) =>
    section.clauses.forEach((clause, clauseIndex) =>
      placed.set(clause.id, {
        clause,
        place: {
          sectionId: section.id,
          sectionIndex,
          clauseIndex,
          number: clauseNumber(sectionIndex, clauseIndex),
          ...(clause.title === undefined ? {} : { title: clause.title }),
          owner: clause.owner,
        },
      }),
    ),
  );
  return placed;
}

/**
 * The clauses both texts hold in the same section but in another order. Inserting or removing a
 * clause shifts its neighbours' numbers without moving them: only those outside a longest run of
 * clauses kept in order moved.
 */
function reorderedClauses(
  before: readonly Section[],
  after: readonly Section[],
  from: Map<string, PlacedClause>,
  to: Map<string, PlacedClause>,
): Set<string> {
  const stayed = (clause: Clause, sectionId: string, other: Map<string, PlacedClause>) =>
    other.get(clause.id)?.place.sectionId === sectionId;
  const moved = new Set<string>();
  for (const section of after) {
    const old = before.find((candidate) => candidate.id === section.id);
    if (!old) continue;
    const kept = (clauses: readonly Clause[], other: Map<string, PlacedClause>) =>
      clauses.filter((clause) => stayed(clause, section.id, other)).map((clause) => clause.id);
    for (const id of reordered(kept(old.clauses, to), kept(section.clauses, from))) moved.add(id);
  }
  return moved;
}

/** The ids of two orderings of the same ids that fall outside a longest common subsequence. */
function reordered(before: readonly string[], after: readonly string[]): Set<string> {
  const moved = new Set<string>();
  let index = 0;
  for (const edit of diffSequences(before, after)) {
    if (edit.kind === 'removed')
      before.slice(index, index + edit.count).forEach((id) => moved.add(id));
    if (edit.kind !== 'added') index += edit.count;
  }
  return moved;
}

/**
 * Section by section, in reading order: each section's clauses in the second text, and those
 * removed from it just after the clause they used to follow there.
 */
function clauseOrder(
  before: readonly Section[],
  after: readonly Section[],
  sectionOrder: readonly string[],
  to: Map<string, PlacedClause>,
): string[] {
  const idsIn = (sections: readonly Section[], sectionId: string) =>
    sections.find((section) => section.id === sectionId)?.clauses.map((clause) => clause.id) ?? [];
  return sectionOrder.flatMap((sectionId) => {
    // A clause moved to another section is listed there, not here.
    const stayedOrRemoved = idsIn(before, sectionId).filter(
      (id) => (to.get(id)?.place.sectionId ?? sectionId) === sectionId,
    );
    return readingOrder(stayedOrRemoved, idsIn(after, sectionId));
  });
}

function compareClauses(
  before: readonly Section[],
  after: readonly Section[],
  sectionOrder: readonly string[],
): ClauseDiff[] {
  const from = placeClauses(before);
  const to = placeClauses(after);
  const reorderedIds = reorderedClauses(before, after, from, to);
  return clauseOrder(before, after, sectionOrder, to).map((id) => {
    const old = from.get(id);
    const current = to.get(id);
    if (old && current) {
      const moved = old.place.sectionId !== current.place.sectionId || reorderedIds.has(id);
      return changedClause(id, old, current, moved);
    }
    if (old) return wholeClause(id, 'removed', old);
    if (current) return wholeClause(id, 'added', current);
    throw new Error(`Clause ${id} is in neither text`);
  });
}

interface ClauseTexts {
  title: string;
  body: string;
  rationale: string;
}

function textsOf(clause: Clause): ClauseTexts {
  return {
    title: clause.title ?? '',
    body: richTextToPlainText(clause.body),
    rationale: shownRationale(clause) ?? '',
  };
}

function wholeClause(
  id: string,
  kind: 'added' | 'removed',
  { clause, place }: PlacedClause,
): ClauseDiff {
  const texts = textsOf(clause);
  return {
    id,
    kind,
    ...(kind === 'added' ? { to: place } : { from: place }),
    moved: false,
    changes: [],
    title: wholeText(kind, texts.title),
    body: wholeText(kind, texts.body),
    rationale: wholeText(kind, texts.rationale),
  };
}

function changedClause(
  id: string,
  old: PlacedClause,
  current: PlacedClause,
  moved: boolean,
): ClauseDiff {
  const before = textsOf(old.clause);
  const after = textsOf(current.clause);
  const title = diffWords(before.title, after.title);
  const body = diffWords(before.body, after.body);
  const rationale = diffWords(before.rationale, after.rationale);
  const changes: ClauseAspect[] = [];
  if (hasChanges(title)) changes.push('title');
  if (hasChanges(body)) changes.push('body');
  // The same words, marked up otherwise: bold or italic came or went. Markdown leaves out what
  // readers cannot see, such as a text node split in two.
  else if (richTextToMarkdown(old.clause.body) !== richTextToMarkdown(current.clause.body))
    changes.push('formatting');
  if (hasChanges(rationale)) changes.push('rationale');
  if (old.clause.owner !== current.clause.owner) changes.push('owner');
  return {
    id,
    kind: changes.length > 0 ? 'changed' : moved ? 'moved' : 'unchanged',
    from: old.place,
    to: current.place,
    moved,
    changes,
    title,
    body,
    rationale,
  };
}

function summarize(
  sections: readonly SectionDiff[],
  clauses: readonly ClauseDiff[],
  details: number,
): ComparisonSummary {
  const summary: ComparisonSummary = {
    clauses: { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 },
    sections: { added: 0, removed: 0, retitled: 0, changed: 0, moved: 0, unchanged: 0 },
    details,
  };
  for (const section of sections) summary.sections[section.kind] += 1;
  for (const clause of clauses) summary.clauses[clause.kind] += 1;
  return summary;
}
