import type { Clause, Section } from '../model/clause';
import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
import { shownRationale } from '../model/shown-rationale';
import { markdownTable } from '../rich-text/markdown-table';
import { plainMarkdown } from '../rich-text/plain-markdown';
import { richTextToMarkdown } from '../rich-text/to-markdown';
import { approvalsView } from './approvals-view';
import { titledClauseNumbers } from './article-numbers';
import { summarizeCharter } from './charter-summary';
import { coverView } from './cover-view';
import type { DocumentExportOptions } from './document-export-options';
import { documentMarks } from './document-marks';
import { EXPORT_LABELS, type ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';
import { typesetRichText, typesetText } from './french-typography';
import { clauseAnchor, END_ANCHORS, sectionAnchor, tableOfContents } from './table-of-contents';

/**
 * The charter for a wiki: GitHub-flavoured Markdown with the HTML page's structure and anchors
 * (a link to `#clause-…` works on the intranet page and in the wiki alike), the cover's facts,
 * the contents, the numbered articles, the formalities and approvals as tables, and the version
 * and fingerprint at the end. A draft says so at the top. The changes appendix is for the
 * documents people print; Markdown leaves it out, and reports it through its options.
 */
export function exportMarkdown(
  project: Project,
  options: Pick<DocumentExportOptions, 'includeOwners'> & { fingerprint?: Fingerprint } = {},
): string {
  const { language } = project.meta;
  const labels = EXPORT_LABELS[language];
  const summary = summarizeCharter(project, labels);
  const marks = documentMarks(project, labels, options.fingerprint);
  const cover = coverView(project, summary, labels, options.fingerprint);
  const typeset = (text: string) => plainMarkdown(typesetText(text, language));
  const blocks = [
    ...(marks.draftMark === undefined
      ? []
      : [`> **${plainMarkdown(marks.draftMark)}** · ${plainMarkdown(labels.draftNotice)}`]),
    ...(cover.company === undefined ? [] : [`**${plainMarkdown(cover.company)}**`]),
    `# ${typeset(cover.title)}`,
    markdownTable(
      cover.facts.map((fact) => plainMarkdown(fact.label)),
      [cover.facts.map((fact) => plainMarkdown(fact.value))],
    ),
    `## ${plainMarkdown(labels.contents)}`,
    tableOfContents(project, labels, {})
      .map(
        (entry) =>
          `- [${typeset([entry.number, entry.title].filter(Boolean).join(' — '))}](#${entry.anchor})`,
      )
      .join('\n'),
    ...project.sections.flatMap((section, index) =>
      sectionBlocks(section, index, labels, options.includeOwners === true, typeset, language),
    ),
    ...formalitiesBlocks(project, labels),
    ...approvalsBlocks(project, labels),
    '---',
    [
      plainMarkdown(summary.footer),
      ...(options.fingerprint === undefined
        ? []
        : [`${plainMarkdown(labels.fingerprint)} \`${options.fingerprint}\``]),
    ].join('  \n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** An anchor the HTML page has too, before the heading it names. */
const anchor = (id: string) => `<a id="${id}"></a>`;

function sectionBlocks(
  section: Section,
  index: number,
  labels: ExportLabels,
  includeOwners: boolean,
  typeset: (text: string) => string,
  language: Project['meta']['language'],
): string[] {
  const numbers = titledClauseNumbers(section, index);
  const owner = (clauseOwner: Section['owner']) =>
    `*${plainMarkdown(`${labels.owner} ${labels.roles[clauseOwner]}`)}*`;
  return [
    `${anchor(sectionAnchor(section.id))}\n## ${plainMarkdown(labels.article(index + 1))} — ${typeset(section.title)}`,
    ...(includeOwners ? [owner(section.owner)] : []),
    ...section.clauses.flatMap((clause) => [
      ...clauseHeading(clause, numbers.get(clause.id), typeset),
      ...(includeOwners && clause.owner !== section.owner ? [owner(clause.owner)] : []),
      richTextToMarkdown(typesetRichText(clause.body, language)),
      ...rationaleBlocks(clause, labels, typeset),
    ]),
  ];
}

function clauseHeading(
  clause: Clause,
  number: string | undefined,
  typeset: (text: string) => string,
): string[] {
  const title = clause.title
    ? `\n### ${number === undefined ? '' : `${number} `}${typeset(clause.title)}`
    : '';
  return [`${anchor(clauseAnchor(clause.id))}${title}`];
}

/** The reason for a rule that limits a freedom, quoted under it as the other formats set it apart. */
function rationaleBlocks(
  clause: Clause,
  labels: ExportLabels,
  typeset: (text: string) => string,
): string[] {
  const rationale = shownRationale(clause);
  if (rationale === undefined) return [];
  return [`> *${plainMarkdown(labels.rationale)}*  \n> ${typeset(rationale)}`];
}

function formalitiesBlocks(project: Project, labels: ExportLabels): string[] {
  const view = formalitiesView(project, labels);
  if (view === null) return [];
  return [
    `${anchor(END_ANCHORS.formalities)}\n## ${plainMarkdown(view.title)}`,
    plainMarkdown(view.reason),
    markdownTable(
      view.headings.map(plainMarkdown),
      view.rows.map((row) => [plainMarkdown(row.step), plainMarkdown(row.date)]),
    ),
    `**${plainMarkdown(view.effectiveDate.label)}** ${plainMarkdown(view.effectiveDate.value)}`,
  ];
}

function approvalsBlocks(project: Project, labels: ExportLabels): string[] {
  const view = approvalsView(project, labels);
  if (view === null) return [];
  return [
    `${anchor(END_ANCHORS.approvals)}\n## ${plainMarkdown(view.title)}`,
    markdownTable(
      view.headings.map(plainMarkdown),
      view.rows.map((row) =>
        [
          row.role,
          row.name,
          row.reason ? `${row.decision} (${row.reason})` : row.decision,
          row.date,
          row.signature,
        ].map(plainMarkdown),
      ),
    ),
    ...(view.fingerprint === undefined
      ? []
      : [`${plainMarkdown(view.fingerprint.label)} \`${view.fingerprint.value}\``]),
  ];
}
