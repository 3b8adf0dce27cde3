import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionedCharter } from '../diff/test-support/versioned-project';
import { followEdits } from '../signoff/follow-edits';
import { selectVersion } from '../signoff/select-version';
import { changesAppendix } from './changes-appendix';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { exportDocx } from './docx-export';
import { findChromium } from './find-chromium';
import { exportHtml } from './html-export';
import { exportPdf } from './pdf-export';
import { normalizeSpace } from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const { signed, drafted } = versionedCharter();

describe('changesAppendix', () => {
  it('lists what changed since the version named, word by word', () => {
    expect(changesAppendix(selectVersion(signed, 2), 1)).toEqual({
      heading: 'Modifications depuis la version 1',
      summary:
        'Clauses\u00a0: 1 ajoutée, 1 supprimée, 2 modifiées, 1 inchangée. Sections\u00a0: 1 renommée.',
      legend: 'Le texte ajouté est souligné, le texte supprimé est barré.',
      entries: [
        {
          level: 'section',
          name: 'Section 1 «\u00a0Usages au travail\u00a0»',
          status: 'renommée',
          lines: [
            [
              { kind: 'same', text: 'Usages' },
              { kind: 'added', text: ' au travail' },
            ],
          ],
        },
        {
          level: 'clause',
          name: '1.1 Accès',
          status: 'modifiée (texte)',
          lines: [
            [
              { kind: 'same', text: 'Les salariés ' },
              { kind: 'added', text: 'ne ' },
              { kind: 'same', text: 'peuvent publier ' },
              { kind: 'added', text: 'que ' },
              { kind: 'same', text: 'pendant les pauses.' },
            ],
          ],
        },
        {
          level: 'clause',
          name: 'Marque',
          status: 'supprimée (était 1.3)',
          lines: [[{ kind: 'removed', text: 'Le logo reste à nous.' }]],
        },
        {
          level: 'clause',
          name: '1.2 Ambassadeurs',
          status: 'ajoutée',
          lines: [[{ kind: 'added', text: 'Chacun peut relayer nos offres.' }]],
        },
        {
          level: 'clause',
          name: '2.2 Photographies',
          status: 'modifiée (titre) et déplacée (était 1.2)',
          lines: [
            [
              { kind: 'same', text: 'Titre\u00a0: ' },
              { kind: 'removed', text: 'Photos' },
              { kind: 'added', text: 'Photographies' },
            ],
            [{ kind: 'same', text: 'Pas de photos des locaux.' }],
          ],
        },
      ],
    });
  });

  it('lists a company answer that changed no clause under the charter details', () => {
    // A new answer makes a new draft without touching a clause; the export carries it.
    const answered = followEdits(
      { ...signed, answers: { ...signed.answers, 'company.sector': 'Commerce' } },
      '2026-03-05T10:00:00.000Z',
    ).project;
    const { summary, entries } = changesAppendix(answered, 2);
    expect({ summary, entries }).toEqual({
      summary: 'Clauses\u00a0: 4 inchangées. Informations de la charte\u00a0: 1 modifiée.',
      entries: [
        {
          level: 'details',
          name: 'Informations de la charte',
          status: '1 modifiée',
          lines: [[{ kind: 'same', text: 'company.sector\u00a0: non renseignée → Commerce' }]],
        },
      ],
    });
  });

  it('says when nothing the export carries changed', () => {
    // Sanctions without a headcount of 50 or more: no formalities, nothing in the export.
    const answered = followEdits(
      { ...signed, answers: { ...signed.answers, 'sanctions.included': true } },
      '2026-03-05T10:00:00.000Z',
    ).project;
    const { summary, entries } = changesAppendix(answered, 2);
    expect({ summary, entries }).toEqual({
      summary: 'Aucune modification depuis cette version.',
      entries: [],
    });
  });

  it('refuses the exported version itself, and a version the export does not know', () => {
    expect(() => changesAppendix(selectVersion(signed, 2), 2)).toThrow(
      'This export is version 2 itself: ask for the changes since an earlier version.',
    );
    expect(() => changesAppendix(selectVersion(signed, 1), 2)).toThrow(
      'There is no version 2: its versions are 1.',
    );
  });
});

describe('exportHtml with the changes since a version', () => {
  it('ends with the appendix, its words marked with <ins> and <del>', () => {
    const html = exportHtml(drafted, { changesSince: 1 });
    const appendix = html.slice(html.indexOf('<section class="changes" id="changes">'));
    expect(appendix).toMatch(
      /^<section class="changes" id="changes">\n<h2>Modifications depuis la version 1<\/h2>/,
    );
    expect(appendix).toContain(
      '<h3>2.1 Manquements <span class="status">— modifiée (texte)</span></h3>\n<p>Tout manquement <del>est</del><ins>peut être</ins> sanctionné.</p>',
    );
    expect(appendix).toContain('<p><del>Le logo reste à nous.</del></p>');
    // The last thing in the charter's body, before the page footer.
    expect(appendix).toMatch(/<\/section>\n<\/main>\n<footer[^]*<\/html>\n$/);
    expect(appendix.indexOf('<section', 1)).toBe(-1);
    expect(html).toContain('.changes ins {');
  });

  it('is left out unless asked for', () => {
    const html = exportHtml(drafted);
    expect(html).not.toContain('class="changes"');
    expect(html).not.toContain('.changes');
  });
});

const hasPandoc = requireTool('pandoc');
const hasLibreOffice = requireTool('soffice') && requireTool('pdftotext', ['-v']);
const hasChromium =
  requireTool(findChromium() ?? 'chromium', ['--version']) && requireTool('pdftotext', ['-v']);

describe('exports with the changes since a version, read by real readers', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-changes-'));
    await writeFile(join(folder, 'changes.docx'), await exportDocx(drafted, { changesSince: 1 }));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.skipIf(!hasPandoc)(
    'marks added words underlined and removed ones struck in Word',
    async () => {
      const markdown = await runTool('pandoc', [
        '--from',
        'docx',
        '--to',
        'markdown-smart',
        '--wrap',
        'none',
        join(folder, 'changes.docx'),
      ]);
      const appendix = markdown.slice(markdown.indexOf('# Modifications depuis la version 1'));
      expect(appendix).toContain('## 2.1 Manquements — modifiée (texte)');
      expect(appendix).toContain('Tout manquement ~~est~~[peut être]{.underline} sanctionné.');
      expect(appendix).toContain(
        'Les salariés [ne]{.underline} peuvent publier [que]{.underline} pendant les pauses.',
      );
      expect(appendix).toContain('~~Le logo reste à nous.~~');
      expect(appendix).toContain('Titre\u00a0: ~~Photos~~[Photographies]{.underline}');
    },
  );

  it.skipIf(!hasLibreOffice)('reads in LibreOffice, on a page of its own', async () => {
    await runTool('soffice', [
      '--headless',
      `-env:UserInstallation=file://${join(folder, 'libreoffice-profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      join(folder, 'changes.docx'),
    ]);
    const pages = (await runTool('pdftotext', [join(folder, 'changes.pdf'), '-'])).split('\f');
    // The contents name it too: the appendix is the last page that does.
    const appendix = pages
      .map((page) => page.includes('Modifications depuis la version 1'))
      .lastIndexOf(true);
    expect(appendix).toBeGreaterThan(1);
    expect(normalizeSpace(pages[appendix] ?? '')).toMatch(
      /^Dupré & Fils · Charte PROJET · texte non validé Modifications depuis la version 1 .*Tout manquement estpeut être sanctionné\./,
    );
  });

  it.skipIf(!hasChromium)(
    'prints in the PDF, where pdftotext reads the changed words',
    async () => {
      const printer = createChromiumPdfPrinter();
      try {
        await writeFile(
          join(folder, 'changes.pdf'),
          await exportPdf(drafted, printer, { changesSince: 1 }),
        );
      } finally {
        await printer.close();
      }
      const text = normalizeSpace(await runTool('pdftotext', [join(folder, 'changes.pdf'), '-']));
      const appendix = text.slice(text.indexOf('Modifications depuis la version 1'));
      expect(appendix).toContain('2.1 Manquements — modifiée (texte)');
      // The padding of the marks may read as a space between the removed and the added words.
      expect(appendix).toMatch(/Tout manquement est ?peut être sanctionné\./);
      expect(appendix).toContain('Le logo reste à nous.');
    },
  );
});
