import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectVersion } from '../signoff/select-version';
import { exportDocx } from './docx-export';
import { exportFingerprint } from './export-document';
import { createSampleProject } from './sample-project.fixture';
import { normalizeSpace } from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';
import { createSignedOffSample } from './test-support/signed-off-project';

const hasLibreOffice = requireTool('soffice') && requireTool('pdftotext', ['-v']);
const hasPandoc = requireTool('pandoc');

const draft = createSampleProject();
const signedOff = selectVersion(createSignedOffSample().project);
const fingerprint = exportFingerprint(signedOff);
const SHORT = fingerprint.slice(0, 'sha256:'.length + 12);

let folder = '';
const docx = { draft: '', signedOff: '' };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-docx-marks-'));
  docx.draft = join(folder, 'projet.docx');
  docx.signedOff = join(folder, 'version-2.docx');
  await writeFile(docx.draft, await exportDocx(draft));
  await writeFile(docx.signedOff, await exportDocx(signedOff));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** LibreOffice converts: its own profile folder lets test files run in parallel. */
function libreOffice(format: string, ...files: string[]): Promise<string> {
  return runTool('soffice', [
    '--headless',
    `-env:UserInstallation=file://${join(folder, 'libreoffice-profile')}`,
    ...['--convert-to', format, '--outdir', folder, ...files],
  ]);
}

describe.skipIf(!hasLibreOffice)('exportDocx marks, as LibreOffice prints them', () => {
  const pages = { draft: [] as string[], signedOff: [] as string[] };

  beforeAll(async () => {
    await libreOffice('pdf', docx.draft, docx.signedOff);
    for (const [kind, name] of [
      ['draft', 'projet'],
      ['signedOff', 'version-2'],
    ] as const) {
      const pdf = join(folder, `${name}.pdf`);
      const count = Number(/^Pages:\s+(\d+)$/m.exec(await runTool('pdfinfo', [pdf]))?.[1]);
      pages[kind] = await Promise.all(
        Array.from({ length: count }, (_, index) =>
          runTool('pdftotext', ['-f', `${index + 1}`, '-l', `${index + 1}`, pdf, '-']).then(
            normalizeSpace,
          ),
        ),
      );
    }
  });

  it('says PROJET, the short fingerprint and the page on every page of a draft', () => {
    expect(pages.draft.length).toBeGreaterThanOrEqual(2);
    pages.draft.forEach((text, index) => {
      // The cover carries the draft's mark, but neither running head nor foot.
      if (index === 0) {
        expect(text).toMatch(/^PROJET · texte non validé /);
        return;
      }
      expect(text, `page ${index + 1}`).toMatch(
        /^Société Dupré & Fils <SA> · Charte d’utilisation des réseaux sociaux PROJET · texte non validé /,
      );
      expect(text, `page ${index + 1}`).toMatch(
        new RegExp(
          `Version 2 · Validation demandée Empreinte ${SHORT} · Page ${index + 1} / ${pages.draft.length}$`,
        ),
      );
    });
  });

  it('has no draft mark once signed off, and ends with its approvals and fingerprint', () => {
    pages.signedOff.forEach((text, index) => {
      expect(text, `page ${index + 1}`).not.toMatch(/PROJET|non validé/);
      if (index > 0)
        expect(text, `page ${index + 1}`).toMatch(
          new RegExp(`Version 2 · Validée Empreinte ${SHORT} · Page ${index + 1} / \\d+$`),
        );
    });
    const last = pages.signedOff.at(-1) ?? '';
    expect(last).toContain('Validations Fonction Nom Décision Date Signature');
    expect(last).toContain('Karim Benali Approuvée 2 avril 2026 signée (Ed25519)');
    expect(last).toContain('Claire Martin Approuvée 1er mars 2026 non signée');
    expect(last).toContain(`Décisions prises sur le texte d’empreinte ${fingerprint}`);
  });

  it('keeps the full fingerprint in the document properties', async () => {
    await libreOffice('fodt', docx.signedOff);
    const fodt = await readFile(join(folder, 'version-2.fodt'), 'utf8');
    // LibreOffice splits the keywords at spaces and colons: the custom property keeps it whole.
    expect(fodt).toContain(
      `<meta:user-defined meta:name="Fingerprint">${fingerprint}</meta:user-defined>`,
    );
    expect(fodt).toMatch(new RegExp(`<dc:description>[^<]* — ${fingerprint}</dc:description>`));
  });
});

describe.skipIf(!hasPandoc)('exportDocx approvals, read by pandoc', () => {
  /** The text of each cell of each table pandoc finds, row by row, headings first. */
  async function tables(file: string): Promise<string[][][]> {
    const document = JSON.parse(await runTool('pandoc', ['--from', 'docx', '--to', 'json', file]));
    const found: string[][][] = [];
    const text = (node: unknown): string => {
      if (Array.isArray(node)) return node.map(text).join('');
      if (typeof node !== 'object' || node === null) return '';
      const { t, c } = node as { t?: string; c?: unknown };
      if (t === 'Str') return String(c);
      if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
      return text(c);
    };
    const rowsOf = (rows: unknown): string[][] =>
      (rows as [unknown, [unknown, unknown, unknown, unknown, unknown][]][]).map(([, cells]) =>
        // A cell holds paragraphs: one space between them, as a reader hears them.
        cells.map((cell) => normalizeSpace((cell[4] as unknown[]).map(text).join(' '))),
      );
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        const { t, c } = node as { t?: string; c?: unknown[] };
        if (t === 'Table' && c) {
          const head = c[3] as [unknown, unknown];
          const bodies = c[4] as [unknown, unknown, unknown, unknown][];
          found.push([...rowsOf(head[1]), ...bodies.flatMap((body) => rowsOf(body[3]))]);
        } else Object.values(node).forEach(walk);
      }
    };
    walk(document.blocks);
    return found;
  }

  it('reads the approvals of a signed-off version as a real table', async () => {
    const approvals = (await tables(docx.signedOff)).find((rows) => rows[0]?.[0] === 'Fonction');
    expect(approvals).toEqual([
      ['Fonction', 'Nom', 'Décision', 'Date', 'Signature'],
      ['Ressources humaines', 'Claire Martin', 'Approuvée', '1er mars 2026', 'non signée'],
      [
        'Juridique',
        'Maître Élodie Fournier',
        'Refusée L’article sur les sanctions doit citer le règlement intérieur.',
        '2 mars 2026',
        'non signée',
      ],
      ['Juridique', 'Maître Élodie Fournier', 'Approuvée', '1er avril 2026', 'signée (Ed25519)'],
      ['Informatique', 'Karim Benali', 'Approuvée', '2 avril 2026', 'signée (Ed25519)'],
    ]);
  });
});
