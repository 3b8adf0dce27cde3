import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPdfInfo } from './pdf-info-update';
import { minimalPdf } from './test-support/minimal-pdf';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const SUBJECT = 'Charte — Dupré & Fils (SA) · sha256:0f3a\\ « été » 😀';

describe('withPdfInfo', () => {
  it('appends an update and leaves the printed bytes as they were', () => {
    const printed = minimalPdf();
    const updated = withPdfInfo(printed, { Subject: 'Sujet', Keywords: 'a, b' });
    expect(updated.subarray(0, printed.length)).toEqual(printed);
    const update = latin1(updated.subarray(printed.length));
    expect(update).toMatch(
      /^7 0 obj\n<<\/Title \(Charte \\\(essai\\\)\)\n\/Producer \(minimal-pdf\)\n/,
    );
    // Text strings as UTF-16BE with a byte order mark: "Sujet".
    expect(update).toContain(
      '/Subject <FEFF00530075006A00650074>\n/Keywords <FEFF0061002C00200062>>>',
    );
    expect(update).toMatch(
      /trailer\n<<\/Root 1 0 R\n\/Size 8\n\/Info 7 0 R\n\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/,
    );
  });

  it('refuses a file it cannot update safely, saying why', () => {
    const text = latin1(minimalPdf());
    const asBytes = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'));
    expect(() => withPdfInfo(asBytes('%PDF-1.4\n%%EOF\n'), { Subject: 'x' })).toThrow(
      /could not be stamped with its fingerprint: it does not end with startxref/,
    );
    // startxref pointing at an object, as a cross-reference stream would be.
    const streamed = text.replace(/startxref\n\d+/, 'startxref\n9');
    expect(() => withPdfInfo(asBytes(streamed), { Subject: 'x' })).toThrow(
      expect.objectContaining({
        code: 'export-failed',
        message: expect.stringMatching(/is a stream/),
      }),
    );
    const encrypted = text.replace('/Info 6 0 R>>', '/Info 6 0 R /Encrypt 9 0 R>>');
    expect(() => withPdfInfo(asBytes(encrypted), { Subject: 'x' })).toThrow(/it is encrypted/);
  });
});

const hasPoppler = requireTool('pdfinfo', ['-v']) && requireTool('pdftotext', ['-v']);
const hasQpdf = requireTool('qpdf');

describe.skipIf(!hasPoppler)('withPdfInfo read by poppler and qpdf', () => {
  let folder = '';
  let once = '';
  let twice = '';

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-pdf-info-'));
    once = join(folder, 'once.pdf');
    twice = join(folder, 'twice.pdf');
    const updated = withPdfInfo(minimalPdf(), {
      Subject: SUBJECT,
      Keywords: 'charte, sha256:0f3a',
    });
    await writeFile(once, updated);
    await writeFile(twice, withPdfInfo(updated, { Subject: 'Second' }));
  });

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('sets Subject and Keywords in any script, and keeps the other entries', async () => {
    const info = await runTool('pdfinfo', [once]);
    expect(info).toContain(`Subject:         ${SUBJECT}\n`);
    expect(info).toMatch(/^Keywords:\s+charte, sha256:0f3a$/m);
    expect(info).toMatch(/^Title:\s+Charte \(essai\)$/m);
    expect(info).toMatch(/^Producer:\s+minimal-pdf$/m);
    expect(await runTool('pdftotext', [once, '-'])).toContain('Charte');
  });

  it('updates an updated file: the last value wins, the others carry over', async () => {
    const info = await runTool('pdfinfo', [twice]);
    expect(info).toMatch(/^Subject:\s+Second$/m);
    expect(info).toMatch(/^Keywords:\s+charte, sha256:0f3a$/m);
    expect(info).toMatch(/^Title:\s+Charte \(essai\)$/m);
  });

  it.skipIf(!hasQpdf)('writes a file qpdf finds no fault in', async () => {
    for (const file of [once, twice]) {
      const check = await runTool('qpdf', ['--check', file]);
      expect(check).toContain('No syntax or stream encoding errors found');
      expect(check).not.toMatch(/WARNING|error:/i);
    }
  });
});
