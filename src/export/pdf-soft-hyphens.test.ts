import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSoftHyphens, withoutSoftHyphenText } from './pdf-soft-hyphens';
import { minimalPdf } from './test-support/minimal-pdf';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

/** As Chromium paints "Le ré­seaux et ef­fets": each run placed from the line's start. */
const PAINTED = [
  'BT /F1 24 Tf 72 720 Td (Le re) Tj',
  '/Span<</ActualText <FEFF00AD> >> BDC',
  '50.5 0 Td <20> Tj',
  'EMC',
  '0 0 Td (seaux et e) Tj',
  '/Span<</ActualText <FEFF006600AD0066> >> BDC',
  '110.7 0 Td (ff) Tj',
  'EMC',
  '13.3 0 Td (ets) Tj ET',
].join('\n');

describe('withoutSoftHyphenText', () => {
  it('drops the invisible glyph and its span but keeps where the next run starts', () => {
    expect(withoutSoftHyphenText(PAINTED)).toBe(
      [
        'BT /F1 24 Tf 72 720 Td (Le re) Tj',
        '50.5 0 Td',
        '0 0 Td (seaux et e) Tj',
        '/Span<</ActualText <FEFF00660066> >> BDC',
        '110.7 0 Td (ff) Tj',
        'EMC',
        '13.3 0 Td (ets) Tj ET',
      ].join('\n'),
    );
  });

  it('leaves other marked text, such as a non-breaking space, as it was', () => {
    const nbsp = '/Span<</ActualText <FEFF00A0> >> BDC\n3 0 Td <0001> Tj\nEMC';
    expect(withoutSoftHyphenText(nbsp)).toBe(nbsp);
  });
});

describe('withoutSoftHyphens', () => {
  it('returns a PDF without soft hyphens as the very same bytes', () => {
    const pdf = minimalPdf({ compressed: true });
    expect(withoutSoftHyphens(pdf)).toBe(pdf);
  });

  it('writes the file anew, so the content it replaced is gone from it', () => {
    const pdf = minimalPdf({ content: PAINTED });
    const cleaned = Buffer.from(withoutSoftHyphens(pdf)).toString('latin1');
    expect(cleaned).not.toContain('FEFF00AD');
    expect(cleaned.match(/\bxref\b/g)).toHaveLength(1);
    expect(cleaned).toContain('/Title (Charte \\(essai\\))');
  });

  it('says what it could not read, as an export error', () => {
    const broken = Buffer.from(minimalPdf({ content: PAINTED, compressed: true })).toString(
      'latin1',
    );
    const garbled = broken.replace(/stream\n[\s\S]*?\nendstream/, (stream) =>
      stream.replace(/(?<=stream\n)../, 'xx'),
    );
    expect(() => withoutSoftHyphens(new Uint8Array(Buffer.from(garbled, 'latin1')))).toThrow(
      expect.objectContaining({
        code: 'export-failed',
        message: expect.stringMatching(/the content of object 4 does not inflate/),
      }),
    );
  });
});

const hasReaders = requireTool('pdftotext', ['-v']) && requireTool('qpdf');

describe.skipIf(!hasReaders)('withoutSoftHyphens read by poppler and qpdf', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-soft-hyphens-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('gives whole words to text extraction, in a file qpdf finds no fault in', async () => {
    const before = join(folder, 'before.pdf');
    const after = join(folder, 'after.pdf');
    const pdf = minimalPdf({ content: PAINTED, compressed: true });
    await writeFile(before, pdf);
    await writeFile(after, withoutSoftHyphens(pdf));
    expect(await runTool('pdftotext', [before, '-'])).toContain('\u00ad');
    const text = await runTool('pdftotext', [after, '-']);
    expect(text).not.toContain('\u00ad');
    expect(text.replace(/\s+/g, ' ')).toContain('seaux et effets');
    expect(await runTool('qpdf', ['--check', after])).toMatch(
      /No syntax or stream encoding errors/,
    );
  });
});
