import {
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { CharterSummary } from './charter-summary';
import { SANS_FAMILY } from './fonts/charter-fonts';
import type { DocumentMarks } from './document-marks';
import type { ExportLabels } from './export-labels';
import { PDF_MARGINS } from './pdf-layout';

/** A4 in twips. */
const A4 = { width: 11_906, height: 16_838 };
const inches = (value: number): number => Math.round(value * 1440);
/** The width between the margins, in twips: tables and right tab stops span it. */
export const TEXT_WIDTH = A4.width - inches(PDF_MARGINS.left) - inches(PDF_MARGINS.right);

const DRAFT_INK = '8A1F1F';

/**
 * What every page of the Word document has around its text, as in the PDF: A4 with the PDF's
 * margins, company and title in the header, company, version, status, fingerprint and
 * "Page X / Y" in the footer, and on a draft "PROJET" in the header with a diagonal watermark
 * behind the text. The cover has neither header nor footer, but a draft's mark.
 */
export function docxPageFrame(
  summary: CharterSummary,
  labels: ExportLabels,
  marks: DocumentMarks,
): Pick<ISectionOptions, 'properties' | 'headers' | 'footers'> {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height },
        margin: {
          top: inches(PDF_MARGINS.top),
          right: inches(PDF_MARGINS.right),
          bottom: inches(PDF_MARGINS.bottom),
          left: inches(PDF_MARGINS.left),
          header: inches(0.4),
          footer: inches(0.35),
        },
      },
    },
    headers: {
      default: new Header({ children: [headerParagraph(summary, labels, marks)] }),
      first: new Header({ children: [headerParagraph(undefined, labels, marks)] }),
    },
    footers: {
      default: new Footer({ children: [footerParagraph(summary, labels, marks)] }),
      first: new Footer({ children: [new Paragraph({ style: 'RunningText' })] }),
    },
  };
}

/**
 * A Word watermark is a shape that LibreOffice and PDF converters draw as outlines, not text: the
 * mark is also written out in the header, where every reader finds it on every page.
 */
function headerParagraph(
  summary: CharterSummary | undefined,
  labels: ExportLabels,
  { draftMark }: DocumentMarks,
): Paragraph {
  const head =
    summary === undefined ? '' : [summary.company, summary.title].filter(Boolean).join(' · ');
  if (draftMark === undefined) return new Paragraph({ style: 'RunningText', text: head });
  return new Paragraph({
    style: 'RunningText',
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [
      new TextWatermark({
        text: draftMark,
        font: SANS_FAMILY,
        bold: true,
        // The PDF's faint tint of the header's ink, mixed already: not every reader honours opacity.
        color: 'EBD2D2',
        opacity: 0.5,
      }),
      new TextRun(head),
      new TextRun({ text: '\t' }),
      new TextRun({ text: draftMark, bold: true, color: DRAFT_INK }),
      new TextRun({ text: ` · ${labels.draftNotice}`, color: DRAFT_INK }),
    ],
  });
}

function footerParagraph(
  summary: CharterSummary,
  labels: ExportLabels,
  { footerFingerprint }: DocumentMarks,
): Paragraph {
  return new Paragraph({
    style: 'RunningText',
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [
      new TextRun(summary.footer),
      new TextRun({
        children: [
          '\t',
          ...(footerFingerprint === undefined ? [] : [`${footerFingerprint} · `]),
          `${labels.page} `,
          PageNumber.CURRENT,
          ' / ',
          PageNumber.TOTAL_PAGES,
        ],
      }),
    ],
  });
}
