import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LeaderType,
  LineRuleType,
  type IParagraphStyleOptions,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Clause, Section } from '../model/clause';
import type { Project } from '../model/project';
import type { Role } from '../model/role';
import { shownRationale } from '../model/shown-rationale';
import { changesAppendixDocx } from './changes-appendix-docx';
import { summarizeCharter } from './charter-summary';
import { approvalsView } from './approvals-view';
import { documentMarks } from './document-marks';
import { documentProperties } from './document-properties';
import { type DocxComments, planDocxComments, withCommentRanges } from './docx-comments';
import type { DocumentExportOptions } from './document-export-options';
import { docxPageFrame, TEXT_WIDTH } from './docx-page-frame';
import { DocxLists, richTextToDocx } from './docx-rich-text';
import { exportFingerprint } from './export-document';
import { packReproducibly } from './reproducible-docx';
import { EXPORT_LABELS, type ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';
import { exportAccent } from './accent-colour';
import { titledClauseNumbers } from './article-numbers';
import { type CoverView, coverView } from './cover-view';
import { docxFonts, SANS_FAMILY, SERIF_FAMILY } from './fonts/charter-fonts';
import { typesetText } from './french-typography';
import type { Language } from '../model/language';

/** What each section and clause is written with. */
interface ClauseOptions {
  comments: DocxComments | undefined;
  includeOwners: boolean;
  language: Language;
}

/** A number from the fingerprint's first hex digits: the same text draws the same ids. */
const seedOf = (fingerprint: string): number => Number.parseInt(fingerprint.slice(7, 15), 16);

/**
 * The charter as a Word document laid out like the PDF: a cover, a table of contents (a real TOC
 * field, filled in beforehand so that it shows before Word updates it), articles as Heading 1,
 * numbered clause titles as Heading 2, real lists in List Paragraph, the approvals, the page
 * frame of docx-page-frame.ts, and the text's fingerprint and version in the properties. Every
 * look is a Word style (Title, Heading 1–3, Normal, List Paragraph), so a company restyles it
 * in one place; the faces are the PDF's, which Word replaces with a serif and a sans where they
 * are not installed. The language of every style is the charter's, for Word's spelling.
 */
export function exportDocx(
  project: Project,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const labels = EXPORT_LABELS[project.meta.language];
  const includeOwners = options.includeOwners === true;
  const includeComments = options.includeComments === true;
  const { language } = project.meta;
  const summary = summarizeCharter(project, labels);
  const fingerprint = exportFingerprint(project);
  const properties = documentProperties(summary, labels, fingerprint);
  const accent = exportAccent(project).slice(1).toUpperCase();
  return packReproducibly(seedOf(fingerprint), () => {
    const lists = new DocxLists();
    const comments = includeComments ? planDocxComments(project, labels) : undefined;
    const body = [
      ...coverBlock(coverView(project, summary, labels, fingerprint), comments, language),
      ...contentsBlock(labels),
      ...project.sections.flatMap((section, index) =>
        sectionParagraphs(section, index, lists, labels, { comments, includeOwners, language }),
      ),
      ...formalitiesBlock(project, labels),
      ...approvalsBlock(project, labels),
      ...changesAppendixDocx(project, options),
    ];
    return new Document({
      title: summary.title,
      subject: summary.company,
      creator: summary.company ?? 'Charter Studio',
      lastModifiedBy: 'Charter Studio',
      description: properties.description,
      keywords: properties.keywords,
      customProperties: [
        { name: 'Version', value: summary.version },
        { name: 'Fingerprint', value: fingerprint },
      ],
      // Word hyphenates as the PDF does.
      hyphenation: { autoHyphenation: true },
      // Justified as the PDF is, but a line that ends in a line break keeps its spaces, as in CSS.
      compatibility: { doNotExpandShiftReturn: true },
      fonts: docxFonts(),
      // The contents are written with their page numbers, laid out as Word lays the pages out, so
      // that no reader has to update a field, and Word does not ask to. Where words are hyphenated
      // the layout guesses that they are not: an entry may then be a page out, never blank.
      pageNumbers: estimatePageNumbersWith({ guess: true }),
      styles: documentStyles(labels, accent),
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
  });
}

const SERIF = SERIF_FAMILY;
const SANS = SANS_FAMILY;
const INK = '1C2127';
const MUTED = '5F6B78';
const RULE = 'D5DBE1';

/** What is not running text keeps to the left: the text itself is justified, as in the PDF. */
const LEFT = { alignment: AlignmentType.LEFT } as const;

function documentStyles(labels: ExportLabels, accent: string) {
  const heading = { font: SERIF, bold: true, color: accent };
  const custom: IParagraphStyleOptions[] = [
    {
      id: 'Company',
      name: 'Company',
      basedOn: 'Normal',
      run: { font: SANS, size: 22, bold: true, allCaps: true, characterSpacing: 24, color: accent },
      paragraph: {
        ...LEFT,
        spacing: { before: 240, after: 4300 },
        border: { top: { style: BorderStyle.SINGLE, size: 36, color: accent, space: 18 } },
      },
    },
    {
      id: 'CoverFact',
      name: 'Cover fact',
      basedOn: 'Normal',
      run: { font: SANS, size: 19 },
      paragraph: { ...LEFT, spacing: { after: 0 } },
    },
    {
      id: 'CoverFactLabel',
      name: 'Cover fact label',
      basedOn: 'CoverFact',
      run: { size: 15, bold: true, allCaps: true, characterSpacing: 16, color: MUTED },
    },
    {
      id: 'ContentsHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { ...heading, size: 30, bold: false },
      paragraph: { ...LEFT, spacing: { after: 240 } },
    },
    {
      // The contents as the PDF sets them: in the sans, each entry over a thin rule, no dots.
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: SANS, size: 21 },
      paragraph: {
        ...LEFT,
        spacing: { before: 100, after: 100, line: 240, lineRule: LineRuleType.AUTO },
        // Word draws one box round paragraphs with the same borders: the rule between them is
        // its own border.
        border: {
          between: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 5 },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 5 },
        },
      },
    },
    {
      id: 'Owner',
      name: 'Owner',
      basedOn: 'Normal',
      run: { size: 15, allCaps: true, characterSpacing: 12, color: MUTED },
      paragraph: { ...LEFT, spacing: { after: 120 }, keepNext: true },
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
      run: { font: SANS, size: 15, color: MUTED },
      paragraph: LEFT,
    },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      run: { font: SANS, size: 17 },
      paragraph: { ...LEFT, spacing: { after: 0, line: 264 } },
    },
  ];
  const language = { value: labels.locale };
  return {
    default: {
      document: {
        run: { font: SERIF, size: 21, color: INK, language },
        // LibreOffice reads a line spacing without its rule as exact: say it is proportional.
        paragraph: {
          alignment: AlignmentType.BOTH,
          spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO },
        },
      },
      title: {
        run: { ...heading, color: INK, bold: false, size: 64, language },
        // Kept to about 14 em wide, as the PDF's cover keeps it.
        paragraph: {
          ...LEFT,
          spacing: { after: 4400, line: 228, lineRule: LineRuleType.AUTO },
          indent: { right: 640 },
        },
      },
      heading1: {
        run: { ...heading, size: 30, language },
        paragraph: {
          ...LEFT,
          spacing: { before: 520, after: 120 },
          keepNext: true,
          keepLines: true,
        },
      },
      heading2: {
        run: { ...heading, color: INK, size: 22, language },
        paragraph: {
          ...LEFT,
          spacing: { before: 280, after: 80 },
          keepNext: true,
          keepLines: true,
        },
      },
      heading3: {
        run: { ...heading, color: INK, size: 21, italics: true, language },
        paragraph: { ...LEFT, spacing: { before: 200, after: 60 }, keepNext: true },
      },
      listParagraph: { run: { language }, paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: custom,
    characterStyles: [
      // "Article 3" in the regular weight before the title in bold, as the PDF sets it.
      { id: 'ArticleNumber', name: 'Article number', run: { bold: false } },
    ],
  };
}

/** The first page: logo and company, the title, then version, status, date and fingerprint. */
function coverBlock(
  cover: CoverView,
  comments: DocxComments | undefined,
  language: Language,
): (Paragraph | Table)[] {
  const onTitle = comments?.onDocumentTitle ?? [];
  const title = typesetText(cover.title, language);
  const logo = cover.logo;
  return [
    ...(logo === undefined
      ? []
      : [
          new Paragraph({
            spacing: { after: 120 },
            children: [
              new ImageRun({
                type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
                data: Buffer.from(logo.data, 'base64'),
                transformation: logoSize(logo.width, logo.height),
                altText: { name: cover.company ?? 'Logo', description: '', title: '' },
              }),
            ],
          }),
        ]),
    new Paragraph({ style: 'Company', text: cover.company ?? '' }),
    onTitle.length > 0
      ? new Paragraph({
          heading: HeadingLevel.TITLE,
          children: withCommentRanges([new TextRun(title)], onTitle),
        })
      : new Paragraph({ heading: HeadingLevel.TITLE, text: title }),
    factsTable(cover.facts),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The logo at most 48 pt high and 6 cm wide, as in the PDF, its proportions kept; in the CSS
 * pixels (96 to the inch) that docx measures images in.
 */
function logoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(64 / height, 227 / width, 1);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The cover's facts two by two, each its label over its value, as in the PDF. */
function factsTable(facts: CoverView['facts']): Table {
  const pairs = Array.from({ length: Math.ceil(facts.length / 2) }, (_, row) =>
    facts.slice(row * 2, row * 2 + 2),
  );
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    rows: pairs.map(
      (pair, row) =>
        new TableRow({
          children: [0, 1].map(
            (column) =>
              new TableCell({
                margins: { top: 80, bottom: 80, left: 0, right: 120 },
                borders: {
                  top: row === 0 ? { style: BorderStyle.SINGLE, size: 4, color: RULE } : none,
                  bottom: none,
                  left: none,
                  right: none,
                },
                children: [
                  new Paragraph({ style: 'CoverFactLabel', text: pair[column]?.label ?? '' }),
                  new Paragraph({ style: 'CoverFact', text: pair[column]?.value ?? '' }),
                ],
              }),
          ),
        }),
    ),
  });
}

/**
 * The contents: a TOC field over the articles and end blocks (Heading 1), written with its
 * entries so that it shows before Word updates it, then the articles on the next page.
 */
function contentsBlock(labels: ExportLabels): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'ContentsHeading', text: labels.contents }),
    new TableOfContents(labels.contents, {
      hyperlink: true,
      headingStyleRange: '1-1',
      tabLeader: LeaderType.NONE,
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function sectionParagraphs(
  section: Section,
  index: number,
  lists: DocxLists,
  labels: ExportLabels,
  options: ClauseOptions,
): Paragraph[] {
  const numbers = titledClauseNumbers(section, index);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [
        new TextRun({ text: labels.article(index + 1), style: 'ArticleNumber' }),
        new TextRun(` — ${typesetText(section.title, options.language)}`),
      ],
    }),
    ...(options.includeOwners ? [ownerParagraph(section.owner, labels)] : []),
    ...section.clauses.flatMap((clause) =>
      clauseParagraphs(clause, section.owner, numbers.get(clause.id), lists, labels, options),
    ),
  ];
}

function clauseParagraphs(
  clause: Clause,
  sectionOwner: Role,
  number: string | undefined,
  lists: DocxLists,
  labels: ExportLabels,
  { comments, includeOwners, language }: ClauseOptions,
): Paragraph[] {
  return [
    ...(clause.title
      ? [
          clauseTitle(
            typesetText(clause.title, language),
            number,
            comments?.onClauseTitle.get(clause.id),
          ),
        ]
      : []),
    // The section says who owns its clauses; a clause says so only when it differs.
    ...(includeOwners && clause.owner !== sectionOwner
      ? [ownerParagraph(clause.owner, labels)]
      : []),
    ...richTextToDocx(clause.body, lists, comments?.markers, (text) => typesetText(text, language)),
    ...rationaleParagraphs(clause, labels, language),
  ];
}

/** The charter promises a reason for each rule that limits a freedom: it is shown here. */
function rationaleParagraphs(
  clause: Clause,
  labels: ExportLabels,
  language: Language,
): Paragraph[] {
  const rationale = shownRationale(clause);
  if (rationale === undefined) return [];
  return [
    new Paragraph({
      style: 'Rationale',
      keepNext: true,
      children: [new TextRun({ text: labels.rationale, italics: true })],
    }),
    new Paragraph({
      style: 'Rationale',
      spacing: { after: 200 },
      text: typesetText(rationale, language),
    }),
  ];
}

/** "1.2 Title": the number apart, so that a Word comment on the title covers the title only. */
function clauseTitle(
  title: string,
  number: string | undefined,
  commentIds: readonly number[] = [],
): Paragraph {
  const titleRuns = [new TextRun(title)];
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      ...(number === undefined
        ? []
        : [new TextRun({ text: `${number} `, bold: false, color: MUTED })]),
      ...(commentIds.length === 0 ? titleRuns : withCommentRanges(titleRuns, commentIds)),
    ],
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
  return new Paragraph({ style: 'TableText', children: [new TextRun({ text, ...options })] });
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
    new Paragraph({
      children: [new TextRun({ text: view.reason, font: SANS, size: 18, color: MUTED })],
    }),
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
            children: [new TextRun({ text: view.fingerprint.value, size: 17, font: SANS })],
          }),
        ]),
  ];
}
