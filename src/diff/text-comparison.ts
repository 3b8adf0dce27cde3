import type { Role } from '../model/role';
import type { VersionContent } from '../model/sign-off';
import type { DetailChange } from './detail-changes';
import type { WordRun } from './word-runs';

/** What two texts are compared on: a version's content or the draft's, as far as exports carry it. */
export type ComparableText = Pick<VersionContent, 'title' | 'template' | 'answers' | 'sections'>;

/** Where a clause stands in one of the two texts. */
export interface ClausePlace {
  sectionId: string;
  sectionIndex: number;
  clauseIndex: number;
  /** "2.3": the third clause of the second section, as the editor and exports number it. */
  number: string;
  title?: string;
  owner: Role;
}

/** What changed in a clause found in both texts. */
export type ClauseAspect = 'title' | 'body' | 'formatting' | 'rationale' | 'owner';

/**
 * One clause compared, matched by its stable id. `changed` wins over `moved` when both hold;
 * `moved` says so either way. Runs cover the whole text: all added for a new clause, all removed
 * for a clause gone, `same` throughout for an untouched one.
 */
export interface ClauseDiff {
  id: string;
  kind: 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
  /** Absent for an added clause. */
  from?: ClausePlace;
  /** Absent for a removed clause. */
  to?: ClausePlace;
  /** In another section, or in another order among the clauses both texts share. */
  moved: boolean;
  /** What of a clause in both texts changed: bold or italic alone is `formatting`. */
  changes: ClauseAspect[];
  title: WordRun[];
  body: WordRun[];
  /** The rationale readers see under a restrictive clause. */
  rationale: WordRun[];
}

export interface SectionPlace {
  index: number;
  title: string;
  owner: Role;
}

/**
 * One section compared, matched by its id. `retitled` wins over `changed` (its owner alone
 * changed, `from.owner` → `to.owner`), which wins over `moved`.
 */
export interface SectionDiff {
  id: string;
  kind: 'added' | 'removed' | 'retitled' | 'changed' | 'moved' | 'unchanged';
  from?: SectionPlace;
  to?: SectionPlace;
  moved: boolean;
  title: WordRun[];
}

export interface ComparisonSummary {
  clauses: Record<ClauseDiff['kind'], number>;
  sections: Record<SectionDiff['kind'], number>;
  /** How many of the charter's details (template, company answers, formalities) changed. */
  details: number;
}

/**
 * Two texts compared: the charter's title, its details (what the export carries besides
 * sections), its sections and its clauses, in reading order.
 */
export interface TextComparison {
  title: WordRun[];
  details: DetailChange[];
  sections: SectionDiff[];
  /** The clauses of the second text in its order; removed ones where they used to be. */
  clauses: ClauseDiff[];
  summary: ComparisonSummary;
  /** Nothing at all differs: no title, detail, owner, section or clause, not even a move. */
  identical: boolean;
}
