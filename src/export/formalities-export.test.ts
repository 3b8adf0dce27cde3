import { resolve } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers } from '../model/answers';
import type { Project } from '../model/project';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { exportDocx } from './docx-export';
import { ExportDocument } from './export-document';
import { findChromium } from './find-chromium';
import { exportHtml } from './html-export';
import { exportPdf } from './pdf-export';
import { createSampleProject } from './sample-project.fixture';
import { normalizeSpace } from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';
import { exportYaml } from './yaml-export';
import { importYaml } from './yaml-import';

const SCHEMA = resolve(import.meta.dirname, '../../schemas/charter-export.v2.schema.json');
const NOW = '2026-04-01T08:00:00.000Z';

const DATES: Answers = {
  'formalities.cseOpinionDate': '2026-01-12',
  'formalities.inspectionSentDate': '2026-01-20',
  'formalities.courtFiledDate': '2026-01-31',
  'formalities.publicityDate': '2026-01-26',
};

function projectWith(answers: Answers, language: Project['meta']['language'] = 'fr'): Project {
  const project = createSampleProject();
  project.answers = { ...project.answers, ...answers };
  project.meta.language = language;
  return project;
}

const annexed = () => projectWith({ 'legal.route': 'reglement-interieur', ...DATES });

describe('formalities in the YAML export', () => {
  it('comes after approvals and before the rules and sections, only when the formalities apply', () => {
    const keys = (yaml: string) =>
      yaml
        .split('\n')
        .filter((line) => /^[a-z]+:/.test(line))
        .map((line) => line.split(':')[0]);
    expect(keys(exportYaml(annexed()))).toEqual([
      'format',
      'id',
      'title',
      'language',
      'template',
      'company',
      'version',
      'approvals',
      'formalities',
      'rules',
      'sections',
    ]);
    expect(keys(exportYaml(createSampleProject()))).not.toContain('formalities');
    expect(keys(exportYaml(projectWith({ 'sanctions.included': false, ...DATES })))).not.toContain(
      'formalities',
    );
  });

  it('holds the reason, each step, the effective dates and what is missing', () => {
    const yaml = exportYaml(annexed());
    expect(yaml).toContain(
      ['formalities:', '  reason:', '    code: route-reglement-interieur'].join('\n'),
    );
    // Dates are quoted, or YAML 1.1 readers would make dates of them.
    expect(yaml).toContain(
      '  steps:\n    - id: cse-opinion\n      date: "2026-01-12"\n      done: true\n',
    );
    expect(yaml).toContain(
      '  earliestEffectiveDate: "2026-02-28"\n  effectiveDate: "2026-02-28"\n  missing: []\n',
    );
    const document = ExportDocument.parse(parse(yaml));
    expect(document.formalities?.steps.map((step) => step.id)).toEqual([
      'cse-opinion',
      'labour-inspectorate',
      'conseil-prud-hommes',
      'publicity',
    ]);
  });

  it('gives the reason in the charter’s language, under the same code', () => {
    const answers: Answers = { 'legal.route': 'reglement-interieur', ...DATES };
    const reason = (language: Project['meta']['language']) =>
      ExportDocument.parse(parse(exportYaml(projectWith(answers, language)))).formalities?.reason;
    expect(reason('fr')).toEqual({
      code: 'route-reglement-interieur',
      message: expect.stringMatching(/^Annexée au règlement intérieur, la charte est adoptée/),
    });
    expect(reason('en')).toEqual({
      code: 'route-reglement-interieur',
      message: expect.stringMatching(/^As an annex to the règlement intérieur/),
    });
  });

  it('writes a pending step as null, and a step dated before the CSE opinion as a warning', () => {
    const project = projectWith({
      'sanctions.included': true,
      ...DATES,
      'formalities.publicityDate': null,
      'formalities.courtFiledDate': '2026-01-02',
      'formalities.inspectionSentDate': 'soon',
    });
    const formalities = ExportDocument.parse(parse(exportYaml(project))).formalities;
    expect(formalities).toMatchObject({
      reason: { code: 'sanctions-50-or-more' },
      earliestEffectiveDate: null,
      missing: ['labour-inspectorate', 'conseil-prud-hommes', 'publicity'],
    });
    expect(formalities?.steps[3]).toEqual({ id: 'publicity', date: null, done: false });
    // The answer that is not a date is not exported, so neither is its warning.
    expect(formalities?.warnings.map((warning) => [warning.code, warning.step])).toEqual([
      ['before-cse-opinion', 'conseil-prud-hommes'],
    ]);
  });

  it('round-trips through the import, for every reason the formalities apply', () => {
    const projects = [
      annexed(),
      projectWith({ 'legal.route': 'note-de-service', 'formalities.cseOpinionDate': '2026-03-01' }),
      projectWith({
        'sanctions.included': true,
        ...DATES,
        'formalities.courtFiledDate': '2026-01-02',
      }),
      projectWith({ 'legal.route': 'reglement-interieur', 'sanctions.included': true }),
      projectWith({ 'legal.route': 'reglement-interieur', 'legal.cse': false, ...DATES }),
      projectWith({
        'legal.route': 'reglement-interieur',
        ...DATES,
        'formalities.effectiveDate': '2026-04-01',
      }),
    ];
    for (const project of projects) {
      const yaml = exportYaml(project);
      const imported = importYaml(yaml, { now: NOW });
      expect(exportYaml({ ...imported, id: project.id })).toBe(yaml);
    }
    const imported = importYaml(exportYaml(annexed()), { now: NOW });
    expect(imported.answers).toMatchObject({ 'legal.route': 'reglement-interieur', ...DATES });
  });
});

describe.skipIf(!requireTool('python3', ['-c', 'import yaml, jsonschema']))(
  'formalities against the JSON Schema',
  () => {
    const VALIDATE = `
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding='utf-8'))
validator = jsonschema.Draft202012Validator(schema)
print(json.dumps([sorted(e.message for e in validator.iter_errors(d)) for d in json.load(sys.stdin)]))
`;
    const validate = async (documents: unknown[]): Promise<string[][]> =>
      JSON.parse(
        await runTool('python3', ['-c', VALIDATE, SCHEMA], { input: JSON.stringify(documents) }),
      ) as string[][];

    it('agrees with the import schema on what is valid', async () => {
      const valid = parse(
        exportYaml(
          projectWith({
            'legal.route': 'reglement-interieur',
            ...DATES,
            'formalities.publicityDate': null,
            'formalities.courtFiledDate': '2026-01-02',
          }),
        ),
      ) as Record<string, unknown>;
      type Formal = {
        reason: Record<string, unknown>;
        steps: Record<string, unknown>[];
        warnings: Record<string, unknown>[];
        [key: string]: unknown;
      };
      const variants: [string, (formalities: Formal, document: Record<string, unknown>) => void][] =
        [
          ['unchanged', () => undefined],
          ['no formalities', (_, document) => delete document.formalities],
          ['steps out of order', (f) => f.steps.reverse()],
          ['no CSE opinion, as without a CSE', (f) => f.steps.shift()],
          ['the CSE opinion last', (f) => f.steps.push(f.steps.shift() ?? {})],
          ['a missing step', (f) => f.steps.pop()],
          ['a fifth step', (f) => f.steps.push({ id: 'publicity', date: null, done: false })],
          ['an impossible date', (f) => Object.assign(f.steps[0] ?? {}, { date: '2026-02-30' })],
          [
            'a date with a time',
            (f) => Object.assign(f.steps[0] ?? {}, { date: '2026-01-12T10:00:00Z' }),
          ],
          [
            'a reason that says not required',
            (f) => Object.assign(f.reason, { code: 'not-required' }),
          ],
          ['an unknown step missing', (f) => Object.assign(f, { missing: ['signature'] })],
          [
            'an invalid-date warning',
            (f) => Object.assign(f.warnings[0] ?? {}, { code: 'invalid-date' }),
          ],
          ['an unknown key', (f) => Object.assign(f, { required: true })],
          ['no earliest date', (f) => delete f.earliestEffectiveDate],
        ];
      const documents = variants.map(([, change]) => {
        const document = structuredClone(valid);
        change(document.formalities as Formal, document);
        return document;
      });
      const errors = await validate(documents);
      const verdicts = variants.map(([name], index) => ({
        name,
        zod: ExportDocument.safeParse(documents[index]).success,
        jsonSchema: errors[index]?.length === 0,
      }));
      for (const verdict of verdicts) expect(verdict.jsonSchema, verdict.name).toBe(verdict.zod);
      expect(verdicts.filter((verdict) => verdict.zod).map((verdict) => verdict.name)).toEqual([
        'unchanged',
        'no formalities',
        'no CSE opinion, as without a CSE',
      ]);
    });
  },
);

describe('formalities in the HTML export', () => {
  it('shows a French block with each step, its date or "to do", and the effective date', () => {
    const html = exportHtml(
      projectWith({
        'legal.route': 'reglement-interieur',
        ...DATES,
        'formalities.publicityDate': null,
      }),
    );
    expect(html).toContain(
      '<section class="formalities" id="formalities">\n<h2>Formalités d’adoption</h2>',
    );
    expect(html).toContain(
      '<tr><td>Avis du comité social et économique (CSE)</td><td>12 janvier 2026</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>Information des salariés (publicité)</td><td class="pending">À accomplir</td></tr>',
    );
    expect(html).toContain('<strong>Entrée en vigueur au plus tôt\u202f:</strong> un mois après');
    expect(html).toContain('article L1321-4');
    // After the clauses, before the approvals.
    expect(html.indexOf('class="formalities"')).toBeGreaterThan(html.lastIndexOf('class="clause"'));
    expect(html.indexOf('class="formalities"')).toBeLessThan(html.indexOf('class="approvals"'));
  });

  it('speaks English in an English charter', () => {
    const html = exportHtml(projectWith({ 'legal.route': 'note-de-service', ...DATES }, 'en'));
    expect(html).toContain('<h2>Adoption formalities</h2>');
    expect(html).toContain('<td>Sent to the labour inspectorate</td><td>20 January 2026</td>');
    expect(html).toContain('<strong>Takes effect at the earliest on:</strong> 28 February 2026');
    expect(html).toContain('article L1321-5');
  });

  it('states the day chosen for the entry into force, as the règlement intérieur must', () => {
    const html = exportHtml(
      projectWith({
        'legal.route': 'reglement-interieur',
        ...DATES,
        'formalities.effectiveDate': '2026-04-01',
      }),
    );
    expect(html).toContain('<strong>Entrée en vigueur\u202f:</strong> 1er avril 2026');
    expect(html).not.toContain('au plus tôt');
  });

  it('has no block when the formalities do not apply', () => {
    expect(exportHtml(createSampleProject())).not.toContain('class="formalities"');
  });
});

describe.skipIf(!requireTool('pandoc'))('formalities in the DOCX export', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-formalities-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const plainText = async (project: Project): Promise<string> => {
    const file = join(folder, `${project.meta.language}-${Math.random()}.docx`);
    await writeFile(file, await exportDocx(project));
    return normalizeSpace(
      await runTool('pandoc', ['--from', 'docx', '--to', 'plain', '--wrap', 'none', file]),
    );
  };

  it('shows the block as a heading, the reason, a table of steps and the effective date', async () => {
    const text = await plainText(
      projectWith({ 'sanctions.included': true, ...DATES, 'formalities.courtFiledDate': null }),
    );
    expect(text).toContain('Formalités d’adoption Parce qu’elle prévoit des sanctions');
    expect(text).toMatch(/Avis du comité social et économique \(CSE\)\s+12 janvier 2026/);
    expect(text).toMatch(/Dépôt au greffe du conseil de prud’hommes\s+À accomplir/);
    expect(text).toContain(
      // normalizeSpace made the narrow no-break space before the colon a space.
      'Entrée en vigueur au plus tôt : un mois après la dernière formalité',
    );
    expect(text.indexOf('Formalités d’adoption')).toBeLessThan(text.indexOf('Validations'));
  });

  it('leaves it out when the formalities do not apply', async () => {
    expect(await plainText(createSampleProject())).not.toContain('Formalités');
  });
});

describe.skipIf(
  !requireTool(findChromium() ?? 'chromium', ['--version']) || !requireTool('pdftotext', ['-v']),
)('formalities in the PDF export', () => {
  it('prints the block of the HTML export', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'charter-formalities-pdf-'));
    const printer = createChromiumPdfPrinter();
    try {
      const pdf = join(folder, 'charter.pdf');
      await writeFile(pdf, await exportPdf(annexed(), printer));
      const text = normalizeSpace(await runTool('pdftotext', [pdf, '-']));
      expect(text).toContain('Formalités d’adoption');
      expect(text).toContain('Dépôt au greffe du conseil de prud’hommes 31 janvier 2026');
      expect(text).toContain('Entrée en vigueur au plus tôt : 28 février 2026');
    } finally {
      await printer.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
