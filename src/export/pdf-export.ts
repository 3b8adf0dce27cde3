import type { Project } from '../model/project';
import { summarizeCharter } from './charter-summary';
import type { DocumentExportOptions } from './document-export-options';
import { documentProperties } from './document-properties';
import { exportFingerprint } from './export-document';
import { EXPORT_LABELS } from './export-labels';
import { exportHtml } from './html-export';
import { htmlHeadingTexts } from './html-headings';
import { namedDestinationPages } from './pdf-destination-pages';
import { withPdfInfo } from './pdf-info-update';
import { withOutlineTitles } from './pdf-outline-titles';
import type { PdfPrinter } from './pdf-printer';
import { withoutSoftHyphens } from './pdf-soft-hyphens';

/** Prints at most this many times: the page numbers of the contents settle by the second. */
const MAX_PRINTS = 3;

/**
 * The charter as a tagged PDF with bookmarks, printed from the same HTML as the preview, with the
 * text's fingerprint in every footer and in its Subject and Keywords, and the company as Author.
 *
 * Chromium has no target-counter(), so the contents learn their page numbers by printing: a
 * first print, only measured, leaves each number blank in a column of fixed width, the PDF's named
 * destinations (one per linked anchor) say on which page each entry landed, and the next print
 * writes them. Numbers take the room left for them, so the pages do not move; if they did,
 * another print measures again. The text then loses the soft hyphens Chromium leaves in it
 * (pdf-soft-hyphens.ts), and the bookmarks are titled with the headings as written
 * (pdf-outline-titles.ts).
 */
export async function exportPdf(
  project: Project,
  printer: PdfPrinter,
  options: DocumentExportOptions = {},
): Promise<Uint8Array> {
  const labels = EXPORT_LABELS[project.meta.language];
  const summary = summarizeCharter(project, labels);
  const fingerprint = exportFingerprint(project);
  const html = (contentsPages: ReadonlyMap<string, number>) =>
    exportHtml(project, { ...options, fingerprint, contentsPages, hyphenate: true });
  let pages = namedDestinationPages(await printer.print(html(new Map()), 'measure'));
  let printed = await printer.print(html(pages));
  for (let prints = 2; prints < MAX_PRINTS; prints += 1) {
    const landed = namedDestinationPages(printed);
    if (samePages(landed, pages)) break;
    pages = landed;
    printed = await printer.print(html(pages));
  }
  printed = withOutlineTitles(withoutSoftHyphens(printed), htmlHeadingTexts(html(pages)));
  const { description, keywords } = documentProperties(summary, labels, fingerprint);
  return withPdfInfo(printed, {
    ...(summary.company === undefined ? {} : { Author: summary.company }),
    Subject: description,
    Keywords: keywords,
  });
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);
}
