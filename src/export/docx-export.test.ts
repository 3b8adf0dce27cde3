import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { titledClauseNumbers } from './article-numbers';
import { exportDocx } from './docx-export';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import {
  expectedClauseLines,
  expectedRationales,
  normalizeSpace,
} from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const hasLibreOffice = requireTool('soffice') && requireTool('pdftotext', ['-v']);
const hasPandoc = requireTool('pandoc');
const project = createSampleProject();
let folder = '';
let docx = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-docx-'));
  docx = join(folder, 'charte.docx');
  await writeFile(docx, await exportDocx(project));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('exportDocx', () => {
  it('gives the same bytes for the same text, however many documents came before', async () => {
    // Same instant, so only what the library draws or counts could differ.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T08:15:00.000Z') });
    try {
      const project = createSampleProject();
      const first = Buffer.from(await exportDocx(project));
      expect(Buffer.from(await exportDocx(project)).equals(first)).toBe(true);
      const other = { ...project, meta: { ...project.meta, title: 'Autre charte' } };
      expect(Buffer.from(await exportDocx(other)).equals(first)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a Word package', async () => {
    const bytes = await exportDocx(project);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  });

  it('styles its text with Word styles, in the charter’s language, its version a property', async () => {
    const part = (parts: Record<string, Uint8Array>, name: string) =>
      new TextDecoder().decode(parts[name]);
    const french = unzipSync(await exportDocx(project));
    const body = part(french, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'ListParagraph', 'TOC1'])
      expect(body, style).toContain(`<w:pStyle w:val="${style}"/>`);
    const styles = part(french, 'word/styles.xml');
    for (const style of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'ListParagraph'])
      expect(styles, style).toContain(`w:styleId="${style}"`);
    // Word spell-checks every style in the charter's language, and only in it.
    const languages = (xml: string) => new Set(xml.match(/<w:lang w:val="[^"]+"\/>/g));
    expect(languages(styles)).toEqual(new Set(['<w:lang w:val="fr-FR"/>']));
    expect(part(french, 'docProps/custom.xml')).toMatch(
      /name="Version"><vt:lpwstr>Version \d+ · [^<]+<\/vt:lpwstr>/,
    );
    const english = { ...project, meta: { ...project.meta, language: 'en' as const } };
    const englishStyles = part(unzipSync(await exportDocx(english)), 'word/styles.xml');
    expect(languages(englishStyles)).toEqual(new Set(['<w:lang w:val="en-GB"/>']));
  });
});

describe.skipIf(!hasLibreOffice)('exportDocx read by LibreOffice', () => {
  let text = '';
  let info = '';
  let contents = '';

  beforeAll(async () => {
    // One conversion for every assertion: LibreOffice takes seconds to start. Its own profile
    // folder lets test files run in parallel.
    await runTool('soffice', [
      '--headless',
      `-env:UserInstallation=file://${join(folder, 'libreoffice-profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      docx,
    ]);
    const pdf = join(folder, 'charte.pdf');
    [text, info, contents] = await Promise.all([
      runTool('pdftotext', [pdf, '-']),
      runTool('pdfinfo', [pdf]),
      runTool('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']),
    ]);
  });

  it('has the document properties', () => {
    expect(info).toMatch(/^Title:\s+Charte d’utilisation des réseaux sociaux$/m);
    // The company is the author of its charter.
    expect(info).toMatch(new RegExp(`^Author:\\s+${SAMPLE_COMPANY}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Subject:\\s+${SAMPLE_COMPANY}$`, 'm'));
    expect(info).toMatch(/^Keywords:\s+charte, réseaux.*sociaux/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  });

  it('shows the company, every section and every clause text', () => {
    const shown = normalizeSpace(text);
    expect(shown).toContain(SAMPLE_COMPANY);
    for (const [index, section] of project.sections.entries())
      expect(shown).toContain(`Article ${index + 1} — ${section.title}`);
    for (const { clauseId, line } of expectedClauseLines(project))
      expect(shown, clauseId).toContain(line);
  });

  it('shows each rationale under its title, and no owner', () => {
    const shown = normalizeSpace(text);
    expect(shown).not.toMatch(/responsable/i);
    const rationales = expectedRationales(project);
    expect(rationales).not.toEqual([]);
    for (const { clauseId, rationale } of rationales)
      expect(shown, clauseId).toContain(`Pourquoi cette règle ? ${rationale}`);
  });

  it('numbers pages in the footer and repeats the title in the header', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    const shown = normalizeSpace(text);
    // The cover has neither: it is page 1 all the same.
    for (let page = 2; page <= pages; page += 1) expect(shown).toContain(`Page ${page} / ${pages}`);
    expect(shown).not.toContain(`Page 1 / ${pages}`);
    expect(shown).toContain(`${SAMPLE_COMPANY} · Version 2 · Validation demandée`);
    const heads = text
      .split('\f')
      .filter((page) => page.includes(`${SAMPLE_COMPANY} · ${project.meta.title}`));
    expect(heads).toHaveLength(pages - 1);
  });
  it('writes the contents with the page each heading is printed on', () => {
    const pages = text.split('\f');
    // Each entry, then its page number at the right margin.
    const entries = [...contents.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)];
    expect(entries.map(([, heading]) => heading)).toEqual(
      project.sections
        .map((section, index) => `Article ${index + 1} — ${section.title}`)
        .concat('Validations'),
    );
    for (const [, heading = '', page] of entries) {
      const printedOn = pages.findIndex(
        (content, index) => index > 1 && content.split('\n').includes(heading),
      );
      expect(printedOn + 1, heading).toBe(Number(page));
    }
  });
});

describe.skipIf(!hasPandoc)('exportDocx read by pandoc', () => {
  const pandoc = (format: string) =>
    runTool('pandoc', ['--from', 'docx', '--to', format, '--wrap', 'none', docx]);

  it('has sections as Heading 1 and clause titles as Heading 2', async () => {
    const markdown = await pandoc('markdown-smart');
    const headings = (prefix: string) =>
      markdown
        .split('\n')
        .filter((line) => line.startsWith(prefix))
        .map((line) => line.slice(prefix.length));
    expect(headings('# ')).toEqual([
      ...project.sections.map((section, index) => `Article ${index + 1} — ${section.title}`),
      'Validations',
    ]);
    expect(headings('## ')).toEqual(
      project.sections.flatMap((section, index) =>
        [...titledClauseNumbers(section, index)].map(
          ([id, number]) =>
            `${number} ${section.clauses.find((clause) => clause.id === id)?.title}`,
        ),
      ),
    );
  });

  it('has bold and italic runs, line breaks, and real nested and numbered lists', async () => {
    const markdown = await pandoc('markdown-smart');
    expect(markdown).toContain('**Société Dupré & Fils \\<SA\\>**');
    expect(markdown).toContain('*intervenant sur site*');
    expect(markdown).toContain('***projets en cours***');
    expect(markdown).toContain('TikTok…)\\\nainsi que');
    expect(markdown).toMatch(
      /^- {3}les prestataires \*intervenant sur site\*\s:\n\n {4}- {3}sous-traitants\s;$/m,
    );
    expect(markdown).toMatch(/^1\. {2}\*\*respecter\*\* la confidentialité/m);
    expect(markdown).toMatch(/^ {4}- {3}sur les résultats financiers\s;$/m);
    expect(markdown).toMatch(/^3\. {2}Activez la double authentification\.\n\n4\. {2}Changez/m);
  });

  it('prints the owners only when asked', async () => {
    const withOwners = join(folder, 'avec-responsables.docx');
    await writeFile(withOwners, await exportDocx(project, { includeOwners: true }));
    const read = await runTool('pandoc', ['--from', 'docx', '--to', 'plain', withOwners]);
    expect(normalizeSpace(read)).toContain('Responsable : Ressources humaines');
    expect(await pandoc('plain')).not.toContain('Responsable');
  });

  it('reads every clause text as plain text', async () => {
    const plain = normalizeSpace(await pandoc('plain-smart'));
    expect(plain).toContain(SAMPLE_COMPANY);
    for (const { clauseId, line } of expectedClauseLines(project))
      expect(plain, clauseId).toContain(line);
  });
});
