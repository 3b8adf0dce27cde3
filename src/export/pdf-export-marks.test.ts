import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectVersion } from '../signoff/select-version';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { exportFingerprint } from './export-document';
import { findChromium } from './find-chromium';
import { exportPdf } from './pdf-export';
import { createSampleProject } from './sample-project.fixture';
import { compactText, normalizeSpace } from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';
import { createSignedOffSample } from './test-support/signed-off-project';

const hasReaders =
  requireTool(findChromium() ?? 'chromium', ['--version']) &&
  requireTool('pdftotext', ['-v']) &&
  requireTool('pdfinfo', ['-v']) &&
  requireTool('pdftoppm', ['-v']);
const hasQpdf = requireTool('qpdf');

const draft = createSampleProject();
const signedOff = selectVersion(createSignedOffSample().project);
const fingerprint = exportFingerprint(draft);

/** What poppler reads on each page, one string per page. */
async function pageTexts(pdf: string): Promise<string[]> {
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(await runTool('pdfinfo', [pdf]))?.[1]);
  return Promise.all(
    Array.from({ length: pages }, (_, index) =>
      runTool('pdftotext', ['-f', `${index + 1}`, '-l', `${index + 1}`, pdf, '-']).then(
        normalizeSpace,
      ),
    ),
  );
}

/**
 * How many pixels of each page, printed by poppler at 20 dpi, have the watermark's pale red tint
 * (dark red at 8 % on white), between the running head and foot, where no text is red.
 */
async function tintedPixels(pdf: string, folder: string): Promise<number[]> {
  const root = join(folder, 'page');
  await runTool('pdftoppm', ['-r', '20', pdf, root]);
  const files = (await readdir(folder)).filter((name) => /^page-\d+\.ppm$/.test(name)).sort();
  return Promise.all(
    files.map(async (name) => {
      const bytes = await readFile(join(folder, name));
      // Binary PPM: "P6 width height 255" then RGB triplets.
      const [header, width, height] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(
        bytes.subarray(0, 32).toString('latin1'),
      ) ?? ['', '0', '0'];
      const rowBytes = Number(width) * 3;
      let tinted = 0;
      for (let row = Math.floor(Number(height) * 0.12); row < Number(height) * 0.88; row++) {
        for (
          let at = header.length + row * rowBytes;
          at < header.length + (row + 1) * rowBytes;
          at += 3
        ) {
          const [red = 0, green = 0, blue = 0] = bytes.subarray(at, at + 3);
          if (red >= 235 && red - green >= 6 && red - blue >= 6) tinted++;
        }
      }
      return tinted;
    }),
  );
}

describe.skipIf(!hasReaders)('exportPdf marks, printed by Chromium and read by poppler', () => {
  let folder = '';
  const pdf = { draft: '', signedOff: '' };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-pdf-marks-'));
    pdf.draft = join(folder, 'projet.pdf');
    pdf.signedOff = join(folder, 'version-2.pdf');
    const printer = createChromiumPdfPrinter();
    try {
      await writeFile(pdf.draft, await exportPdf(draft, printer));
      await writeFile(pdf.signedOff, await exportPdf(signedOff, printer));
    } finally {
      await printer.close();
    }
  });

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is the same text, signed off or not', () => {
    expect(exportFingerprint(signedOff)).toBe(fingerprint);
  });

  it('says PROJET, the short fingerprint and the page on every page of a draft', async () => {
    const pages = await pageTexts(pdf.draft);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('PROJET · texte non validé');
      // The cover has no running foot: it says which text it is in its own words.
      if (index === 0)
        expect(text).toMatch(new RegExp(`Empreinte ${fingerprint.slice(0, 19)}`, 'i'));
      else
        expect(text, `page ${index + 1}`).toContain(
          `Empreinte ${fingerprint.slice(0, 19)} · Page ${index + 1} / ${pages.length}`,
        );
    });
  });

  it('lays the watermark on every page of a draft as a drawing, not as stray letters', async () => {
    const pages = (await pageTexts(pdf.draft)).length;
    const drafted = await tintedPixels(pdf.draft, await mkdtemp(join(folder, 'draft-')));
    expect(drafted).toHaveLength(pages);
    drafted.forEach((tinted, index) => expect(tinted, `page ${index + 1}`).toBeGreaterThan(100));
    const signed = await tintedPixels(pdf.signedOff, await mkdtemp(join(folder, 'signed-')));
    signed.forEach((tinted, index) => expect(tinted, `page ${index + 1}`).toBeLessThan(20));
    // Text extraction reads the clauses in order, with no letter of the watermark among them.
    const text = await runTool('pdftotext', [pdf.draft, '-']);
    expect(text).not.toMatch(/^(?:P|R|O|J|E|T|JE|RO)$/m);
    expect(compactText(text)).toContain(
      compactText(
        'les salariés en CDI et en CDD ; les stagiaires et les alternants ; les prestataires',
      ),
    );
  });

  it('has the full fingerprint in its Subject and Keywords', async () => {
    const info = await runTool('pdfinfo', [pdf.draft]);
    expect(info).toMatch(/^Title:\s+Charte d’utilisation des réseaux sociaux$/m);
    expect(info).toMatch(
      new RegExp(`^Subject:\\s+Charte d’utilisation .* Validation demandée — ${fingerprint}$`, 'm'),
    );
    expect(info).toMatch(
      new RegExp(`^Keywords:\\s+charte, réseaux sociaux, .*, ${fingerprint}$`, 'm'),
    );
    expect(await runTool('pdfinfo', [pdf.signedOff])).toMatch(
      new RegExp(`^Subject:\\s+.* — Version 2 · Validée — ${fingerprint}$`, 'm'),
    );
  });

  it.skipIf(!hasQpdf)('stays a sound PDF after its properties are set', async () => {
    for (const file of [pdf.draft, pdf.signedOff]) {
      const check = await runTool('qpdf', ['--check', file]);
      expect(check).toContain('No syntax or stream encoding errors found');
      expect(check).not.toMatch(/WARNING/);
    }
  });

  it('has no draft mark once signed off, and its approvals table with the fingerprint', async () => {
    const pages = await pageTexts(pdf.signedOff);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).not.toMatch(/PROJET|non validé/);
      if (index === 0) return;
      // Poppler may read a page number of the contents between the foot's two halves.
      expect(text, `page ${index + 1}`).toContain('Version 2 · Validée');
      expect(text, `page ${index + 1}`).toContain(
        `Empreinte ${fingerprint.slice(0, 19)} · Page ${index + 1} / ${pages.length}`,
      );
    });
    const last = pages.at(-1) ?? '';
    expect(last).toMatch(/Validations Fonction Nom Décision Date Signature Ressources\s?humaines/);
    expect(last).toMatch(/Karim Benali Approuvée 2 avril 2026 signée \(Ed25519\)/);
    expect(last).toMatch(/1er avril 2026 signée \(Ed25519\)/);
    expect(last).toContain(`Décisions prises sur le texte d’empreinte ${fingerprint}`);
  });

  it('tags the approvals as a table with its column and row headings', async () => {
    const structure = await runTool('pdfinfo', ['-struct', pdf.signedOff]);
    expect(structure.split('\n').filter((line) => line.trim().startsWith('Table '))).toHaveLength(
      1,
    );
    // Five column headings, and the role heading each decision's row.
    expect(structure.match(/\/Scope \/Column/g)).toHaveLength(5);
    expect(structure.match(/\/Scope \/Row/g)).toHaveLength(4);
  });
});
