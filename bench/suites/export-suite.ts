import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFormat } from '../../src/api/contract';
import type { PdfPrinter } from '../../src/export/pdf-printer';
import { exportProject } from '../../src/export/export-project';
import { runTool } from '../../src/export/test-support/run-tool';
import type { Project } from '../../src/model/project';
import { singleResult, timedResult, type BenchResult } from '../bench-result';
import { charterMarkdown } from '../fixture/charter-markdown';
import { timeRuns } from '../time-runs';

const FORMATS: readonly ExportFormat[] = ['yaml', 'html', 'docx', 'pdf'];
const TOOL_TIMEOUT_MS = 600_000;

export interface ExportSuiteContext {
  folder: string;
  runs: number;
  /** Already printed once: its browser is running, as it is in the app after the first PDF. */
  pdfPrinter: PdfPrinter;
  /** LibreOffice's profile, made by a first conversion: a user's LibreOffice has one. */
  libreOfficeProfile: string;
}

/**
 * Our four exports of the charter, written to a file as the app writes them, then the peers on
 * the same content in the same run: pandoc turning its Markdown into DOCX, LibreOffice turning
 * our DOCX into PDF. The ratios say how many times faster we are (above 1) or slower.
 */
export async function exportSuite(
  project: Project,
  pages: number,
  { folder, runs, pdfPrinter, libreOfficeProfile }: ExportSuiteContext,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const medians = new Map<string, number>();
  for (const format of FORMATS) {
    const output = join(folder, `charter-${pages}.${format}`);
    const result = timedResult(
      { id: `export.${format}`, label: `Export ${format.toUpperCase()}`, pages },
      await timeRuns(runs, async () =>
        writeFile(output, await exportProject(project, format, { pdfPrinter })),
      ),
    );
    medians.set(format, result.value);
    results.push(result);
  }

  const markdown = join(folder, `charter-${pages}.md`);
  await writeFile(markdown, charterMarkdown(project));
  const pandoc = timedResult(
    { id: 'peer.pandoc-docx', label: 'Peer: pandoc Markdown → DOCX', pages },
    await timeRuns(runs, () =>
      runTool('pandoc', [markdown, '-o', join(folder, `pandoc-${pages}.docx`)], {
        timeoutMs: TOOL_TIMEOUT_MS,
      }),
    ),
  );
  const libreOffice = timedResult(
    { id: 'peer.libreoffice-pdf', label: 'Peer: LibreOffice DOCX → PDF', pages },
    await timeRuns(runs, () =>
      libreOfficeToPdf(join(folder, `charter-${pages}.docx`), libreOfficeProfile, folder),
    ),
  );
  results.push(
    pandoc,
    libreOffice,
    singleResult(
      {
        id: 'ratio.docx-vs-pandoc',
        label: 'DOCX export: times faster than pandoc',
        pages,
        target: { min: 1 },
      },
      '×',
      pandoc.value / (medians.get('docx') ?? Number.NaN),
    ),
    singleResult(
      {
        id: 'ratio.pdf-vs-libreoffice',
        label: 'PDF export: times faster than LibreOffice',
        pages,
        target: { min: 1 },
      },
      '×',
      libreOffice.value / (medians.get('pdf') ?? Number.NaN),
    ),
  );
  return results;
}

export function libreOfficeToPdf(docx: string, profile: string, outDir: string): Promise<string> {
  return runTool(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(outDir, 'libreoffice'),
      docx,
    ],
    { timeoutMs: TOOL_TIMEOUT_MS },
  );
}
