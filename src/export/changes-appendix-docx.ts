import { HeadingLevel, Paragraph, TextRun, UnderlineType } from 'docx';
import { markEdges } from '../diff/mark-edges';
import type { WordRun } from '../diff/word-runs';
import type { Project } from '../model/project';
import { changesAppendix } from './changes-appendix';
import type { DocumentExportOptions } from './document-export-options';

const MUTED = '687280';
const ADDED = '05603A';
const REMOVED = 'B42318';

/**
 * Formatting rather than Word's tracked changes: the appendix shows what changed, it is not a
 * revision to accept or reject, and "Accept all" must not rewrite it. Underline and strike say
 * it without colour.
 */
function wordRuns(run: WordRun): TextRun[] {
  if (run.kind === 'same') return [new TextRun(run.text)];
  const { before, marked, after } = markEdges(run.text);
  const format =
    run.kind === 'added'
      ? { underline: { type: UnderlineType.SINGLE }, color: ADDED }
      : { strike: true, color: REMOVED };
  return [
    ...(before === '' ? [] : [new TextRun(before)]),
    new TextRun({ text: marked, ...format }),
    ...(after === '' ? [] : [new TextRun(after)]),
  ];
}

/** The appendix at the end of the Word document, on its own page; nothing if not asked for. */
export function changesAppendixDocx(project: Project, options: DocumentExportOptions): Paragraph[] {
  if (options.changesSince === undefined) return [];
  const appendix = changesAppendix(project, options.changesSince);
  const note = (text: string) =>
    new Paragraph({ children: [new TextRun({ text, size: 18, color: MUTED })] });
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: appendix.heading,
    }),
    note(appendix.summary),
    ...(appendix.entries.length > 0 ? [note(appendix.legend)] : []),
    ...appendix.entries.flatMap((entry) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [
          new TextRun(entry.name),
          new TextRun({ text: ` — ${entry.status}`, bold: false, color: MUTED }),
        ],
      }),
      ...entry.lines.map((line) => new Paragraph({ children: line.flatMap(wordRuns) })),
    ]),
  ];
}
