import { clauseHeadline, ownerLines, sectionHeadline } from '../diff/clause-headline';
import { compareTexts } from '../diff/compare-texts';
import { contentAt } from '../diff/content-at';
import { detailLine } from '../diff/detail-line';
import { DIFF_LABELS, type DiffLabels, summaryLine } from '../diff/diff-labels';
import { runLines } from '../diff/run-lines';
import type { ClauseDiff } from '../diff/text-comparison';
import { hasChanges, type WordRun } from '../diff/word-runs';
import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import { contentOf } from '../signoff/version-content';
import { isFrozen } from '../signoff/version-number';
import { currentVersionNumber } from './current-version';

/**
 * The charter's details that differ (template, company answers, formalities), or one section or
 * clause that differs: its name, what happened, and its marked lines.
 */
export interface AppendixEntry {
  level: 'details' | 'section' | 'clause';
  name: string;
  status: string;
  lines: WordRun[][];
}

/** "Changes since version N" at the end of an export: the same for HTML, PDF and DOCX. */
export interface ChangesAppendix {
  heading: string;
  /** The one-line summary, or that nothing changed. */
  summary: string;
  legend: string;
  entries: AppendixEntry[];
}

/**
 * What changed in the exported text since version `since`. The project is the one exported (a
 * version selected, or the draft): only earlier versions can be compared with it.
 */
export function changesAppendix(project: Project, since: number): ChangesAppendix {
  const labels = DIFF_LABELS[project.meta.language];
  const exported = currentVersionNumber(project);
  if (isFrozen(project) && since === exported) {
    throw new CharterError(
      'invalid-input',
      `This export is version ${since} itself: ask for the changes since an earlier version.`,
    );
  }
  const comparison = compareTexts(contentAt(project, since), contentOf(project));
  const details: AppendixEntry[] =
    comparison.details.length > 0
      ? [
          {
            level: 'details',
            name: labels.details,
            status: labels.counted(comparison.details.length, labels.clause.changed),
            lines: comparison.details.map((change) => sameLine(detailLine(change, labels))),
          },
        ]
      : [];
  const sections = comparison.sections
    .filter((diff) => diff.kind !== 'unchanged')
    .map((diff): AppendixEntry => ({
      level: 'section',
      ...sectionHeadline(diff, labels),
      lines: [
        ...(diff.kind === 'retitled' ? [diff.title] : []),
        ...ownerLines(diff.from, diff.to, labels).map(sameLine),
      ],
    }));
  const clauses = comparison.clauses
    .filter((diff) => diff.kind !== 'unchanged')
    .map((diff): AppendixEntry => ({
      level: 'clause',
      ...clauseHeadline(diff, labels),
      lines: clauseLines(diff, labels),
    }));
  return {
    heading: labels.changesSince(since),
    summary: comparison.identical ? labels.noChanges : summaryLine(comparison.summary, labels),
    legend: labels.legend,
    entries: [...details, ...sections, ...clauses],
  };
}

/** A changed clause reads in full, its changes marked; a moved one needs no text. */
function clauseLines(diff: ClauseDiff, labels: DiffLabels): WordRun[][] {
  if (diff.kind === 'moved') return [];
  const prefixed = (prefix: string, runs: WordRun[]) =>
    runLines(runs).map((line, index) =>
      index === 0 ? [{ kind: 'same' as const, text: prefix }, ...line] : line,
    );
  const whole = diff.kind === 'added' || diff.kind === 'removed';
  return [
    ...(!whole && hasChanges(diff.title) ? prefixed(labels.titlePrefix, diff.title) : []),
    ...runLines(diff.body),
    ...(diff.rationale.length > 0 ? prefixed(labels.rationalePrefix, diff.rationale) : []),
    ...ownerLines(diff.from, diff.to, labels).map(sameLine),
  ];
}

/** A line that reads as it is, nothing marked. */
function sameLine(text: string): WordRun[] {
  return [{ kind: 'same', text }];
}
