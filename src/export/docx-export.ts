import {
  BorderStyle,
  Document,
  HeadingLevel,
  type IParagraphStyleOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Clause, Section } from '../model/clause';
import type { Project } from '../model/project';
import type { Role } from '../model/role';
import { shownRationale } from '../model/shown-rationale';
import { changesAppendixDocx } from './changes-appendix-docx';
import { type CharterSummary, summarizeCharter } from './charter-summary';
import { approvalsView } from './approvals-view';
import { documentMarks } from './document-marks';
import { documentProperties } from './document-properties';
import { type DocxComments, planDocxComments, withCommentRanges } from './docx-comments';
import type { DocumentExportOptions } from './document-export-options';
import { docxPageFrame, TEXT_WIDTH } from './docx-page-frame';
import { DocxLists, richTextToDocx } from './docx-rich-text';
import { exportFingerprint } from './export-document';
import { EXPORT_LABELS, type ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';

/** What each section and clause is written with. */
interface ClauseOptions {
  comments: DocxComments | undefined;
  includeOwners: boolean;
}

/**
 * The charter as a Word document that reads like the PDF: title block, sections as Heading 1,
 * clause titles as Heading 2, real lists, the page frame of docx-page-frame.ts, and the text's
 * fingerprint in the properties. Arial is on every Windows and Mac, and LibreOffice shows it
 * with the metric-compatible Liberation Sans.
 */
export async function exportDocx(
  project: Project,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const labels = EXPORT_LABELS[project.meta.language];
  const includeOwners = options.includeOwners === true;
  const includeComments = options.includeComments === true;
  const summary = summarizeCharter(project, labels);
  const fingerprint = exportFingerprint(project);
  const properties = documentProperties(summary, labels, fingerprint);
  const lists = new DocxLists();
  const comments = includeComments ? planDocxComments(project, labels) : undefined;
  const body = [
    ...titleBlock(summary, comments),
    ...project.sections.flatMap((section, index) =>
      sectionParagraphs(section, index + 1, lists, labels, { comments, includeOwners }),
    ),
    ...formalitiesBlock(project, labels),
    ...approvalsBlock(project, labels),
    ...changesAppendixDocx(project, options),
  ];
  const document = new Document({
    title: summary.title,
    subject: summary.company,
    creator: 'Charter Studio',
    lastModifiedBy: 'Charter Studio',
    description: properties.description,
    keywords: properties.keywords,
    customProperties: [{ name: 'Fingerprint', value: fingerprint }],
    styles: documentStyles(labels),
    numbering: { config: lists.definitions() },
    // Without comments the options, and so the file, stay exactly what they were before.
    ...(comments ? { comments: { children: comments.comments } } : {}),
    sections: [
      {
        ...docxPageFrame(summary, labels, documentMarks(project, labels, fingerprint)),
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const FONT = 'Arial';
/** For the fingerprint, whose digits must not be mistaken for one another. */
const MONOSPACE = 'Courier New';
const INK = '1C2127';
const MUTED = '687280';
const ACCENT = '1F4E6B';
const RULE = 'D5DBE1';

function documentStyles(labels: ExportLabels) {
  const heading = { font: FONT, bold: true, color: ACCENT };
  const custom: IParagraphStyleOptions[] = [
    {
      id: 'Company',
      name: 'Company',
      basedOn: 'Normal',
      run: { size: 18, bold: true, allCaps: true, characterSpacing: 24, color: ACCENT },
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: 'VersionLine',
      name: 'Version line',
      basedOn: 'Normal',
      run: { size: 18, color: MUTED },
      paragraph: {
        spacing: { after: 480 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 12 } },
      },
    },
    {
      id: 'Owner',
      name: 'Owner',
      basedOn: 'Normal',
      run: { size: 15, allCaps: true, characterSpacing: 12, color: MUTED },
      paragraph: { spacing: { after: 120 }, keepNext: true },
    },
    {
      // Quiet, as in the PDF: small, muted, behind a thin rule.
      id: 'Rationale',
      name: 'Rationale',
      basedOn: 'Normal',
      run: { size: 18, color: MUTED },
      paragraph: {
        spacing: { after: 0 },
        indent: { left: 180 },
        border: { left: { style: BorderStyle.SINGLE, size: 8, color: RULE, space: 8 } },
        keepLines: true,
      },
    },
    {
      id: 'RunningText',
      name: 'Running header and footer',
      basedOn: 'Normal',
      run: { size: 15, color: MUTED },
    },
  ];
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: INK, language: { value: labels.locale } },
        paragraph: { spacing: { after: 120, line: 288 } },
      },
      title: { run: { ...heading, color: INK, size: 48 }, paragraph: { spacing: { after: 200 } } },
      heading1: {
        run: { ...heading, size: 28 },
        paragraph: { spacing: { before: 480, after: 40 }, keepNext: true },
      },
      heading2: {
        run: { ...heading, color: INK, size: 22 },
        paragraph: { spacing: { before: 280, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: custom,
  };
}

function titleBlock(summary: CharterSummary, comments: DocxComments | undefined): Paragraph[] {
  const onTitle = comments?.onDocumentTitle ?? [];
  return [
    ...(summary.company === undefined
      ? []
      : [new Paragraph({ style: 'Company', text: summary.company })]),
    onTitle.length > 0
      ? new Paragraph({
          heading: HeadingLevel.TITLE,
          children: withCommentRanges([new TextRun(summary.title)], onTitle),
        })
      : new Paragraph({ heading: HeadingLevel.TITLE, text: summary.title }),
    new Paragraph({ style: 'VersionLine', text: summary.version }),
  ];
}

function sectionParagraphs(
  section: Section,
  number: number,
  lists: DocxLists,
  labels: ExportLabels,
  { comments, includeOwners }: ClauseOptions,
): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [
        new TextRun({ text: `${number}`, bold: false, color: MUTED }),
        new TextRun(`  ${section.title}`),
      ],
    }),
    ...(includeOwners ? [ownerParagraph(section.owner, labels)] : []),
    ...section.clauses.flatMap((clause) =>
      clauseParagraphs(clause, section.owner, lists, labels, { comments, includeOwners }),
    ),
  ];
}

function clauseParagraphs(
  clause: Clause,
  sectionOwner: Role,
  lists: DocxLists,
  labels: ExportLabels,
  { comments, includeOwners }: ClauseOptions,
): Paragraph[] {
  return [
    ...(clause.title ? [clauseTitle(clause.title, comments?.onClauseTitle.get(clause.id))] : []),
    // The section says who owns its clauses; a clause says so only when it differs.
    ...(includeOwners && clause.owner !== sectionOwner
      ? [ownerParagraph(clause.owner, labels)]
      : []),
    ...richTextToDocx(clause.body, lists, comments?.markers),
    ...rationaleParagraphs(clause, labels),
  ];
}

/** The charter promises a reason for each rule that limits a freedom: it is shown here. */
function rationaleParagraphs(clause: Clause, labels: ExportLabels): Paragraph[] {
  const rationale = shownRationale(clause);
  if (rationale === undefined) return [];
  return [
    new Paragraph({
      style: 'Rationale',
      keepNext: true,
      children: [new TextRun({ text: labels.rationale, italics: true })],
    }),
    new Paragraph({ style: 'Rationale', spacing: { after: 200 }, text: rationale }),
  ];
}

function clauseTitle(title: string, commentIds: readonly number[] = []): Paragraph {
  if (commentIds.length === 0)
    return new Paragraph({ heading: HeadingLevel.HEADING_2, text: title });
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: withCommentRanges([new TextRun(title)], commentIds),
  });
}

function ownerParagraph(owner: Role, labels: ExportLabels): Paragraph {
  return new Paragraph({ style: 'Owner', text: `${labels.owner} ${labels.roles[owner]}` });
}

/** A table cell of the end blocks (formalities, approvals): ruled rows, no vertical lines. */
function tableCell(paragraphs: Paragraph[], header = false): TableCell {
  return new TableCell({
    children: paragraphs,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      bottom: header
        ? { style: BorderStyle.SINGLE, size: 8, color: INK }
        : { style: BorderStyle.SINGLE, size: 4, color: RULE },
    },
  });
}

function smallParagraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: 0 },
    children: [new TextRun({ text, size: 17, ...options })],
  });
}

function headerRow(headings: readonly string[]): TableRow {
  return new TableRow({
    tableHeader: true,
    children: headings.map((text) => tableCell([smallParagraph(text, { bold: true })], true)),
  });
}

function endTable(columnShares: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnShares.map((share) => Math.round(TEXT_WIDTH * share)),
    rows,
  });
}

function formalitiesBlock(project: Project, labels: ExportLabels): (Paragraph | Table)[] {
  const view = formalitiesView(project, labels);
  if (view === null) return [];
  const rows = view.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          tableCell([smallParagraph(row.step)]),
          tableCell([smallParagraph(row.date, row.done ? {} : { italics: true, color: MUTED })]),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: view.title }),
    new Paragraph({ children: [new TextRun({ text: view.reason, size: 18, color: MUTED })] }),
    endTable([0.7, 0.3], [headerRow(view.headings), ...rows]),
    new Paragraph({
      spacing: { before: 160 },
      children: [
        new TextRun({ text: `${view.effectiveDate.label} `, bold: true, size: 18 }),
        new TextRun({ text: view.effectiveDate.value, size: 18 }),
      ],
    }),
  ];
}

/** Who decided on this very text, and the fingerprint that ties each decision to it. */
function approvalsBlock(project: Project, labels: ExportLabels): (Paragraph | Table)[] {
  const view = approvalsView(project, labels);
  if (view === null) return [];
  const rows = view.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          tableCell([smallParagraph(row.role)]),
          tableCell([smallParagraph(row.name)]),
          tableCell([
            smallParagraph(row.decision),
            ...(row.reason ? [smallParagraph(row.reason, { color: MUTED })] : []),
          ]),
          tableCell([smallParagraph(row.date)]),
          tableCell([smallParagraph(row.signature)]),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: view.title }),
    endTable([0.21, 0.23, 0.22, 0.16, 0.18], [headerRow(view.headings), ...rows]),
    ...(view.fingerprint === undefined
      ? []
      : [
          new Paragraph({
            spacing: { before: 160, after: 0 },
            keepNext: true,
            children: [new TextRun({ text: view.fingerprint.label, size: 17, color: MUTED })],
          }),
          new Paragraph({
            children: [new TextRun({ text: view.fingerprint.value, size: 17, font: MONOSPACE })],
          }),
        ]),
  ];
}
