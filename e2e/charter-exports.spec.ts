import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { markPng } from '../src/branding/test-support/drawn-png';
import { compactText, normalizeSpace } from '../src/export/test-support/readable-text';
import { parseMarkdown } from '../src/rich-text/from-markdown';
import { richTextToPlainText } from '../src/rich-text/to-plain-text';
import { convertWithLibreOffice, pdfInfo, pdfText } from './support/readers';
import { runCharter } from './support/run-charter';

/**
 * The "done when" of publication-grade exports: the 300-employee manufacturer's charter, signed
 * off and branded, exported as DOCX, PDF and HTML, each read by a real reader, and the first
 * pages of each kept as visual baselines (e2e/charter-exports.spec.ts-snapshots/).
 */

const PROFILE = fileURLToPath(
  new URL('../templates/social-media/profiles/industry-300.fr.yaml', import.meta.url),
);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const APPROVERS = [
  ['hr', 'Claire Martin'],
  ['legal', 'Élodie Fournier'],
  ['it', 'Karim Benali'],
] as const;
/** The rules axe-core checks for WCAG 2.2 level AA, by their tags. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Fonts and layouts are the app's own: a page may differ by antialiasing, and by the short
 * fingerprint (a new project has a new id, so a new fingerprint), about 0.06 % of a page; a line
 * that moves changes several percent.
 */
const SAME_PAGE = { maxDiffPixelRatio: 0.002 };

let folder = '';
const inFolder = (name: string) => join(folder, name);
function charter(...args: string[]): string {
  const run = runCharter(args, { cwd: folder });
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.status, args.join(' ')).toBe(0);
  return run.stdout;
}

/** The pages of a PDF as PNGs at screen resolution, first to last, in a folder of their own. */
function pagePictures(pdf: string, pages: number): Buffer[] {
  const out = mkdtempSync(join(tmpdir(), 'charter-pages-'));
  try {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-l', String(pages), pdf, join(out, 'page')]);
    return readdirSync(out)
      .sort()
      .map((name) => readFileSync(join(out, name)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'charter-exports-'));
  charter(
    'new',
    '--template',
    'social-media',
    '--lang',
    'fr',
    '--answers',
    PROFILE,
    '-o',
    'forges.charter',
  );
  charter('request-signoff', 'forges.charter', '--author', 'Claire Martin');
  for (const [role, name] of APPROVERS) {
    charter('keygen', '-o', `${role}.pem`);
    charter('approve', 'forges.charter', '--role', role, '--name', name, '--key', `${role}.pem`);
  }
  writeFileSync(inFolder('logo.png'), markPng(240, 80));
  charter('brand', 'forges.charter', '--logo', 'logo.png', '--accent', '#9b2c1f');
  for (const format of ['yaml', 'docx', 'pdf', 'html'])
    charter('export', 'forges.charter', '--format', format, '-o', `forges.${format}`);
  // LibreOffice prints the Word document as Word users will see it.
  convertWithLibreOffice(inFolder('forges.docx'), 'pdf', inFolder('word'));
});

test.afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * The words of a printed PDF without its running head and foot, so that a paragraph that runs
 * onto the next page reads as one; compared without spaces and hyphens (compactText).
 */
function printedWords(pdf: string): string {
  return compactText(
    pdfText(pdf)
      .split('\f')
      .map((page) =>
        page
          .replace('Forges Durand · Charte d’utilisation des réseaux sociaux', '')
          .replace(
            /Forges Durand · Version 1 · Validée\s+Empreinte sha256:\w{12} · Page \d+ \/ \d+/,
            '',
          ),
      )
      .join('\n'),
  );
}

/** Each clause of the YAML export as lines of plain text, as any reader must show them. */
function yamlClauseLines(): { id: string; line: string }[] {
  const exported = parse(readFileSync(inFolder('forges.yaml'), 'utf8')) as {
    sections: { clauses: { id: string; text: string }[] }[];
  };
  return exported.sections.flatMap((section) =>
    section.clauses.flatMap((clause) =>
      richTextToPlainText(parseMarkdown(clause.text))
        .split('\n')
        .map((line) => line.replace(/^\s*(?:- |\d+\. )/, '').trim())
        .filter(Boolean)
        .map((line) => ({ id: clause.id, line })),
    ),
  );
}

test('LibreOffice prints the DOCX with every clause of the YAML, its contents and its page frame', () => {
  const pdf = inFolder('word/forges.pdf');
  const text = pdfText(pdf);
  const words = printedWords(pdf);
  for (const { id, line } of yamlClauseLines()) expect(words, id).toContain(compactText(line));
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(pdfInfo(pdf))?.[1]);
  expect(text).toContain(`Page ${pages} / ${pages}`);
  expect(text).toMatch(/^Sommaire$/m);
  expect(normalizeSpace(text)).toContain('Validations Fonction Nom Décision Date Signature');
  for (const [index, picture] of pagePictures(pdf, 3).entries())
    expect(picture).toMatchSnapshot(`docx-page-${index + 1}.png`, SAME_PAGE);
});

test('poppler reads a tagged, titled, outlined French PDF with every font embedded', () => {
  const pdf = inFolder('forges.pdf');
  const info = pdfInfo(pdf);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^Title:\s+Charte d’utilisation des réseaux sociaux$/m);
  expect(info).toMatch(/^Author:\s+Forges Durand$/m);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(10);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  for (const font of fonts.filter(Boolean)) {
    expect(font).not.toMatch(/Type 3/);
    expect(font, 'embedded').toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/);
  }
  const root = /\/Root (\d+) 0 R/.exec(
    execFileSync('qpdf', ['--show-object=trailer', pdf], { encoding: 'utf8' }),
  )?.[1];
  const catalog = execFileSync('qpdf', [`--show-object=${root}`, pdf], { encoding: 'utf8' });
  expect(catalog).toMatch(/\/Lang \(fr\)/);
  expect(catalog).toMatch(/\/Outlines \d+ 0 R/);
  const outline = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], {
    encoding: 'utf8',
  });
  expect(outline).toContain('Article 15 — Adoption, entrée en vigueur et révision');
  const words = printedWords(pdf);
  for (const { id, line } of yamlClauseLines()) expect(words, id).toContain(compactText(line));
  // The contents give, for each article, the page its heading is printed on.
  const contents = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-'], {
    encoding: 'utf8',
  });
  const listed = [...contents.matchAll(/^\s*Article (\d+)\s{2,}\S.*?\s{2,}(\d+)\s*$/gm)];
  expect(listed).toHaveLength(15);
  const printed = pdfText(pdf).split('\f');
  for (const [, article, page] of listed) {
    const heading = new RegExp(`^Article ${article} — `, 'm');
    const at = printed.findIndex((text, index) => index > 1 && heading.test(text));
    expect(at + 1, `Article ${article}`).toBe(Number(page));
  }
  // The approvals of the version, as in the DOCX.
  const approvals = normalizeSpace(printed.join('\n'));
  expect(approvals).toContain('Validations Fonction Nom Décision Date Signature');
  for (const [, name] of APPROVERS) expect(approvals).toMatch(new RegExp(`${name} Approuvée`));
  for (const [index, picture] of pagePictures(pdf, 3).entries())
    expect(picture).toMatchSnapshot(`pdf-page-${index + 1}.png`, SAME_PAGE);
});

test.describe('the intranet page', () => {
  // axe runs as a script, which the page's own policy forbids, rightly.
  test.use({ bypassCSP: true });

  test('loads nothing from elsewhere and has no WCAG 2.2 AA violation', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!/^(?:file|data):/.test(request.url())) fetched.push(request.url());
    });
    await page.goto(`file://${inFolder('forges.html')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Charte d’utilisation des réseaux sociaux',
    );
    const approvals = page.locator('section.approvals');
    for (const [, name] of APPROVERS) await expect(approvals).toContainText(name);
    await expect(page.locator('footer.document-footer')).toContainText(
      /Forges Durand · Version 1 · Validée\s*Empreinte sha256:[0-9a-f]{64}/,
    );
    // Every contents entry leads to an anchor of the page.
    const targets = await page
      .locator('nav.toc a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(17);
    for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
    await page.addScriptTag({ path: AXE });
    // Evaluated as a string: this file is compiled without the DOM's types.
    const violations = await page.evaluate<string[]>(`axe
      .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(', ')))`);
    expect(violations).toEqual([]);
    expect(fetched).toEqual([]);
    expect(await page.screenshot()).toMatchSnapshot('html-top.png', SAME_PAGE);
  });
});
