import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExportFormat } from '../api/contract';
import { exportProject } from './export-project';
import type { PdfPrinter } from './pdf-printer';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import { minimalPdf } from './test-support/minimal-pdf';

const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function fakePrinter(result: () => Promise<Uint8Array>): PdfPrinter & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    print: (html) => {
      printed.push(html);
      return result();
    },
  };
}

describe('exportProject', () => {
  it('writes every format of the contract, with an extension for each', async () => {
    const printer = fakePrinter(async () => minimalPdf());
    const project = createSampleProject();
    const outputs = Object.fromEntries(
      await Promise.all(
        ExportFormat.options.map(async (format) => [
          format,
          await exportProject(project, format, { pdfPrinter: printer }),
        ]),
      ),
    ) as Record<ExportFormat, Uint8Array>;
    expect((parse(utf8(outputs.yaml)) as { company: { name: string } }).company.name).toBe(
      SAMPLE_COMPANY,
    );
    expect(utf8(outputs.html)).toMatch(/^<!DOCTYPE html>/);
    expect(utf8(outputs.docx.subarray(0, 2))).toBe('PK');
    expect(utf8(outputs.pdf)).toMatch(/^%PDF-1\.4\n[\s\S]*\/Keywords <FEFF[\s\S]*%%EOF\n$/);
    // The PDF prints the page itself, hyphenated, its contents with a column for page numbers:
    // once to measure where the headings land, once to keep.
    expect(printer.printed).toHaveLength(2);
    const strip = (html: string) =>
      html.replace(/\u00ad/g, '').replace(/<span class="toc-page"><\/span>/g, '');
    expect(strip(printer.printed[1] ?? '')).toEqual(utf8(outputs.html));
  });

  it('turns an unexpected failure into an export error and passes its own errors through', async () => {
    const broken = fakePrinter(() => Promise.reject(new Error('the printer caught fire')));
    await expect(
      exportProject(createSampleProject(), 'pdf', { pdfPrinter: broken }),
    ).rejects.toMatchObject({
      code: 'export-failed',
      message: 'The PDF export failed: the printer caught fire',
    });
    const unnamed = createSampleProject();
    delete unnamed.answers['company.name'];
    await expect(exportProject(unnamed, 'yaml', { pdfPrinter: broken })).rejects.toMatchObject({
      code: 'missing-answer',
    });
  });

  it('refuses an option its format does not honour, and says which it does', async () => {
    const printer = fakePrinter(async () => minimalPdf());
    await expect(
      exportProject(
        createSampleProject(),
        'markdown',
        { pdfPrinter: printer },
        { changesSince: 1 },
      ),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The MARKDOWN export does not take changesSince: includeOwners only.',
    });
    await expect(
      exportProject(
        createSampleProject(),
        'yaml',
        { pdfPrinter: printer },
        { includeOwners: true },
      ),
    ).rejects.toThrow(/YAML export does not take includeOwners: no option only/);
  });
});
