import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titledClauseNumbers } from './article-numbers';
import { summarizeCharter } from './charter-summary';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { exportFingerprint } from './export-document';
import { EXPORT_LABELS } from './export-labels';
import { findChromium } from './find-chromium';
import { exportPdf } from './pdf-export';
import type { PrintPurpose } from './pdf-printer';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import { minimalPdf } from './test-support/minimal-pdf';
import {
  compactText,
  expectedClauseLines,
  expectedRationales,
  normalizeSpace,
} from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

describe('exportPdf', () => {
  it('measures once, then prints the export HTML with the running head and foot of the charter', async () => {
    const project = createSampleProject();
    const fingerprint = exportFingerprint(project);
    const calls: string[] = [];
    const purposes: (PrintPurpose | undefined)[] = [];
    const printed = minimalPdf();
    const bytes = await exportPdf(project, {
      print: async (html, purpose) => {
        calls.push(html);
        purposes.push(purpose);
        return printed;
      },
    });
    // The printed bytes stay as they were; the fingerprint comes after, as an update.
    expect(bytes.subarray(0, printed.length)).toEqual(printed);
    expect(new TextDecoder().decode(bytes.subarray(printed.length))).toMatch(/\/Subject <FEFF/);
    // The measure finds the pages unmoved by the numbers (there are none): one print to keep.
    expect(purposes).toEqual(['measure', undefined]);
    expect(calls[1]).toBe(calls[0]);
    const html = calls[1] ?? '';
    expect(html).toContain('<h1>Charte d’utilisation des réseaux sociaux</h1>');
    expect(html).toContain(`<meta name="charter-fingerprint" content="${fingerprint}">`);
    expect(html).toContain(
      `@bottom-left { content: "${SAMPLE_COMPANY.replace(/</g, '\\3C ')} · Version 2 · Validation demandée"; }`,
    );
    expect(html).toContain(
      `@bottom-right { content: "Empreinte ${fingerprint.slice(0, 19)} · " "Page " counter(page) " / " counter(pages); }`,
    );
    expect(html).toContain('@top-right { content: "PROJET · texte non validé";');
  });
});

const hasReaders =
  requireTool(findChromium() ?? 'chromium', ['--version']) &&
  requireTool('pdftotext', ['-v']) &&
  requireTool('pdfinfo', ['-v']) &&
  requireTool('pdffonts', ['-v']) &&
  requireTool('pdftohtml', ['-v']);

describe.skipIf(!hasReaders)('exportPdf printed by Chromium and read by poppler', () => {
  const project = createSampleProject();
  const summary = summarizeCharter(project, EXPORT_LABELS.fr);
  let folder = '';
  let pdf = '';
  let info = '';

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-pdf-'));
    pdf = join(folder, 'charte.pdf');
    const printer = createChromiumPdfPrinter();
    try {
      await writeFile(pdf, await exportPdf(project, printer));
    } finally {
      await printer.close();
    }
    info = await runTool('pdfinfo', [pdf]);
  });

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is a tagged A4 PDF titled after the charter, with its fonts embedded', async () => {
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Charte d’utilisation des réseaux sociaux$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
    const fonts = (await runTool('pdffonts', [pdf])).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font, 'embedded').toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/);
  });

  it('shows the company, every section and every clause text, with page numbers', async () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const text = await runTool('pdftotext', [pdf, '-']);
    // Words are whole for search and copy: no soft hyphen left where a line does not end.
    expect(text).not.toContain('\u00ad');
    // Every page but the cover has its running foot.
    for (let page = 2; page <= pages; page += 1) expect(text).toContain(`Page ${page} / ${pages}`);
    expect(text.split('\f').filter((page) => page.includes(summary.footer))).toHaveLength(
      pages - 1,
    );
    // Without the running header and footer, a paragraph that spans two pages reads as one.
    const body = normalizeSpace(
      text
        .split('\f')
        .map((page) =>
          page
            .replace(summary.title, '')
            .replace(summary.footer, '')
            .replace(/Page \d+ \/ \d+/, '')
            .replace(/Empreinte sha256:[0-9a-f]{12}( ·)?/, '')
            .replace('PROJET · texte non validé', ''),
        )
        .join('\n'),
    );
    expect(body).toContain(SAMPLE_COMPANY);
    for (const [index, section] of project.sections.entries())
      expect(body).toContain(`Article ${index + 1} — ${section.title}`);
    // Words are hyphenated at line ends: lines are compared without spaces and hyphens.
    for (const { clauseId, line } of expectedClauseLines(project))
      expect(compactText(body), clauseId).toContain(compactText(line));
    for (const { clauseId, rationale } of expectedRationales(project))
      expect(compactText(body), clauseId).toContain(
        compactText(`Pourquoi cette règle ? ${rationale}`),
      );
    expect(body).not.toMatch(/responsable/i);
  });

  it('has bookmarks for the title, the sections and the clause titles', async () => {
    const xml = await runTool('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf]);
    const bookmarks = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) =>
      (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );
    expect(bookmarks).toEqual([
      project.meta.title,
      'Sommaire',
      ...project.sections.flatMap((section, index) => [
        `Article ${index + 1} — ${section.title}`,
        ...[...titledClauseNumbers(section, index)].map(
          ([id, number]) =>
            `${number} ${section.clauses.find((clause) => clause.id === id)?.title}`,
        ),
      ]),
      'Validations',
    ]);
  });

  it('tags headings and lists for assistive technology', async () => {
    const structure = await runTool('pdfinfo', ['-struct', pdf]);
    const count = (tag: string) =>
      structure.split('\n').filter((line) => line.trim().startsWith(`${tag} `)).length;
    expect(count('H1')).toBe(1);
    // The contents, the articles and the approvals.
    expect(count('H2')).toBe(project.sections.length + 2);
    expect(count('H3')).toBe(
      project.sections.flatMap((section) => section.clauses.filter((clause) => clause.title))
        .length,
    );
    expect(count('L')).toBeGreaterThanOrEqual(5);
    expect(count('Table')).toBe(1);
  });
});
