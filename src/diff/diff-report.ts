import { clauseHeadline, ownerLines, sectionHeadline } from './clause-headline';
import type { VersionComparison } from './compare-versions';
import { detailLine } from './detail-line';
import { type DiffLabels, summaryLine } from './diff-labels';
import { plainWordDiff } from './plain-word-diff';
import { runLines } from './run-lines';
import type { ClauseDiff } from './text-comparison';
import { hasChanges, type WordRun } from './word-runs';

const INDENT = '    ';

/**
 * A comparison as text for a terminal or an e-mail: the charter's details that differ (template,
 * company answers, formalities, old → new), then what happened to each section and clause
 * that differs, one line each, its changed lines below with `[-removed-]{+added+}` marks (as
 * `git diff --word-diff=plain`), then a one-line summary.
 */
export function diffReport(
  { from, to, comparison }: VersionComparison,
  labels: DiffLabels,
): string {
  const header = `${capitalized(labels.text(from))} → ${labels.text(to)}`;
  const title = hasChanges(comparison.title)
    ? [`${labels.charterTitlePrefix}${plainWordDiff(comparison.title)}`]
    : [];
  const details =
    comparison.details.length > 0
      ? [
          labels.details,
          ...comparison.details.map((change) => `${INDENT}${detailLine(change, labels)}`),
        ]
      : [];
  const sections = comparison.sections
    .filter((diff) => diff.kind !== 'unchanged')
    .flatMap((diff) => {
      const { name, status } = sectionHeadline(diff, labels);
      const retitled = diff.kind === 'retitled' ? [plainWordDiff(diff.title)] : [];
      return [
        `${name} — ${status}`,
        ...[...retitled, ...ownerLines(diff.from, diff.to, labels)].map(
          (line) => `${INDENT}${line}`,
        ),
      ];
    });
  const clauses = comparison.clauses
    .filter((diff) => diff.kind !== 'unchanged')
    .flatMap((diff) => clauseLines(diff, labels));
  const blocks = [
    [header],
    title,
    details,
    sections,
    clauses,
    [summaryLine(comparison.summary, labels)],
  ];
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

function clauseLines(diff: ClauseDiff, labels: DiffLabels): string[] {
  const { name, status } = clauseHeadline(diff, labels);
  const whole = diff.kind === 'added' || diff.kind === 'removed';
  const title =
    !whole && hasChanges(diff.title) ? [`${labels.titlePrefix}${plainWordDiff(diff.title)}`] : [];
  const rationale = hasChanges(diff.rationale)
    ? [`${labels.rationalePrefix}${plainWordDiff(diff.rationale)}`]
    : [];
  return [
    `${name} — ${status}`,
    ...[
      ...title,
      ...changedLines(diff.body),
      ...rationale,
      ...ownerLines(diff.from, diff.to, labels),
    ].map((line) => `${INDENT}${line}`),
  ];
}

/** The lines that hold a change; `…` stands for unchanged lines between two of them. */
function changedLines(runs: readonly WordRun[]): string[] {
  const lines: string[] = [];
  let skipped = false;
  for (const line of runLines(runs)) {
    if (!hasChanges(line)) {
      skipped = true;
      continue;
    }
    if (skipped && lines.length > 0) lines.push('…');
    lines.push(plainWordDiff(line));
    skipped = false;
  }
  return lines;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
