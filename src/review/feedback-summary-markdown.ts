import { formatExportDate } from '../export/export-labels';
import type { Language } from '../model/language';
import { markdownTable } from '../rich-text/markdown-table';
import { plainMarkdown as plain } from '../rich-text/plain-markdown';
import type { AwaitingThread, FeedbackSummary, ThreadCounts } from './feedback-summary';
import { FEEDBACK_LABELS, type FeedbackLabels } from './feedback-labels';

/**
 * The summary as GitHub-flavoured Markdown for people (the CSE, management): the figures as
 * tables, then each open comment still without a reply, with its passage and its author.
 */
export function feedbackSummaryMarkdown(summary: FeedbackSummary, language: Language): string {
  const labels = FEEDBACK_LABELS[language];
  const { totals } = summary;
  const blocks = [
    `# ${labels.title} — ${plain(summary.title)}`,
    `${labels.asOf} ${formatExportDate(summary.asOf, labels.export)}`,
    `## ${labels.figures}`,
    table(
      [labels.figure, labels.count],
      [
        [labels.comments, totals.comments],
        [labels.open, totals.open],
        [labels.resolved, totals.resolved],
        [labels.orphaned, totals.orphaned],
        [labels.awaitingReply, totals.awaitingReply],
        [labels.replies, totals.replies],
        [labels.anonymous, totals.anonymous],
      ],
    ),
    `## ${labels.bySection}`,
    countsTable(labels.section, labels, [
      ...summary.sections.map(
        (section, index) => [`${index + 1}. ${plain(section.title)}`, section] as const,
      ),
      ...(summary.withoutSection.total > 0
        ? [[labels.withoutSection, summary.withoutSection] as const]
        : []),
    ]),
    `## ${labels.byRole}`,
    countsTable(labels.role, labels, [
      ...summary.roles.map((role) => [labels.roles[role.role], role] as const),
      [labels.anonymousIncluded, summary.anonymous],
    ]),
    `## ${labels.awaitingThreads} (${summary.awaitingReply.length})`,
    ...(summary.awaitingReply.length === 0
      ? [labels.nothingAwaiting]
      : summary.awaitingReply.map((thread, index) => threadBlock(thread, index + 1, labels))),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function countsTable(
  heading: string,
  labels: FeedbackLabels,
  rows: readonly (readonly [string, ThreadCounts])[],
): string {
  return table(
    [heading, labels.open, labels.resolved, labels.total],
    rows.map(([name, counts]) => [name, counts.open, counts.resolved, counts.total]),
  );
}

/** A GFM table, its first column text, the others numbers aligned right. */
function table(headings: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  return markdownTable(
    headings,
    rows,
    headings.map((_, index) => (index === 0 ? 'left' : 'right')),
  );
}

function threadBlock(thread: AwaitingThread, number: number, labels: FeedbackLabels): string {
  const section = thread.sectionTitle === null ? labels.withoutSection : thread.sectionTitle;
  const clause = thread.clauseTitle ?? thread.clauseId;
  const author = thread.author === null ? labels.anonymousAuthor : plain(thread.author);
  const byline = [
    `**${author}**`,
    labels.roles[thread.role],
    formatExportDate(thread.createdAt, labels.export),
    ...(thread.orphaned ? [`*${labels.orphanedNote}*`] : []),
  ].join(' · ');
  return [
    `### ${number}. ${plain(section)} › ${plain(clause)}`,
    `> ${plain(thread.quote)}`,
    byline,
    paragraphs(thread.text),
  ].join('\n\n');
}

/** A comment's lines, each its own paragraph, so no line of it can turn into markup. */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(plain)
    .join('\n\n');
}
