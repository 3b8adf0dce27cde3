import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { richTextToMarkdown } from '../rich-text/to-markdown';
import { exportFormat, LATEST_EXPORT_CONTRACT } from '../model/export-contract';
import { ExportDocument } from './export-document';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import { hasPython, readWithPython, schemaVerdicts } from './test-support/read-with-python';
import { exportYaml } from './yaml-export';
import { importYaml } from './yaml-import';

const CONTRACT_DOC = resolve(import.meta.dirname, '../../docs/yaml-export.md');

describe('exportYaml', () => {
  it('writes the same bytes for the same project, whatever the order of its answers', () => {
    const project = createSampleProject();
    const reordered = createSampleProject();
    reordered.answers = Object.fromEntries(Object.entries(reordered.answers).reverse());
    expect(exportYaml(reordered)).toBe(exportYaml(project));
    expect(exportYaml(project)).toBe(exportYaml(createSampleProject()));
  });

  it('writes the contract keys in order, the company name first, and clause texts as literal blocks', () => {
    const yaml = exportYaml(createSampleProject());
    const topKeys = yaml
      .split('\n')
      .filter((line) => /^[a-z]+:/.test(line))
      .map((line) => line.split(':')[0]);
    expect(topKeys).toEqual([
      'format',
      'id',
      'title',
      'language',
      'template',
      'company',
      'version',
      'approvals',
      'rules',
      'sections',
    ]);
    expect(yaml).toContain(`company:\n  name: ${SAMPLE_COMPANY}\n  headcount: 240\n`);
    expect(yaml).toContain('        text: |-\n          La présente charte');
    expect(yaml).not.toMatch(/^#/m);
    expect(yaml).not.toMatch(/[ \t]$/m);
  });

  it('leaves out answers that are not about the company, unanswered ones and approvals of earlier versions', () => {
    const exported = ExportDocument.parse(parse(exportYaml(createSampleProject())));
    expect(exported.format).toBe(exportFormat(LATEST_EXPORT_CONTRACT));
    expect(Object.keys(exported.company)).not.toContain('formerName');
    expect(JSON.stringify(exported)).not.toContain('formel');
    expect(exported.version).toEqual({
      number: 2,
      status: 'sign-off-requested',
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(exported.approvals.map((approval) => approval.name)).toEqual([
      'Claire Martin',
      'Maître Élodie Fournier',
    ]);
  });

  it('carries a clause’s rationale as stored, emptied too, and no key where there is none', () => {
    const project = createSampleProject();
    const emptied = project.sections[2]?.clauses[0];
    if (emptied) emptied.rationale = '';
    const clauses = ExportDocument.parse(parse(exportYaml(project))).sections.flatMap(
      (section) => section.clauses,
    );
    const rationales = clauses.filter((clause) => 'rationale' in clause);
    expect(rationales.map(({ id, rationale }) => [id, rationale])).toEqual([
      ['conduct.principles', expect.stringContaining('projets de R&D')],
      ['sanctions.disciplinary', ''],
    ]);
  });

  it('refuses to export without a company name, naming the question', () => {
    const project = createSampleProject();
    delete project.answers['company.name'];
    expect(() => exportYaml(project)).toThrow(
      expect.objectContaining({
        code: 'missing-answer',
        message: expect.stringContaining('company.name'),
      }),
    );
  });
});

describe.skipIf(!hasPython)(
  'exportYaml read by Python (YAML 1.1) and checked against the JSON Schema',
  () => {
    it('reads back exactly as the yaml package reads it, valid against the schema', async () => {
      const project = createSampleProject();
      const yaml = exportYaml(project);
      const [result] = await readWithPython(yaml);
      expect(result?.errors).toEqual([]);
      expect(result?.data).toEqual(parse(yaml));
      const data = ExportDocument.parse(result?.data);
      expect(data.company.name).toBe(SAMPLE_COMPANY);
      expect(data.company).toMatchObject({
        worksCouncil: 'yes',
        founded: '1998-04-01',
        supportHours: '9:30',
        siren: '012345678',
      });
      const texts = data.sections.flatMap((section) =>
        section.clauses.map((clause) => [clause.id, clause.text]),
      );
      const expected = project.sections.flatMap((section) =>
        section.clauses.map((clause) => [clause.id, richTextToMarkdown(clause.body)]),
      );
      expect(texts).toEqual(expected);
    });

    it('quotes every string YAML 1.1 would read as something else', async () => {
      const tricky = [
        'yes',
        'No',
        'ON',
        'off',
        'y',
        'n',
        '~',
        'null',
        'true',
        '',
        '=',
        '<<',
        '2026-01-01',
        '2026-03-01T10:00:00Z',
        '010',
        '0o17',
        '0x1F',
        '0b101',
        '1_000',
        '1e3',
        '.5',
        '+1',
        '12:30',
        '190:20:30',
        '.inf',
        '.NaN',
        '1.2.0',
        '- item',
        '# hash',
        'a: b',
        'x #y',
        '@at',
        '`tick',
        '%pct',
        '!tag',
        '*alias',
        '&anchor',
        '? q',
        '| p',
        '> f',
        "'single'",
        '"double"',
        '{a}',
        '[a]',
        ' lead',
        'trail ',
        'tab\there',
        'bell\u0007',
        'nbsp\u00a0:',
        'nel\u0085next',
        'line\u2028sep',
        'para\u2029sep',
        'bom\ufeffx',
        'emoji 🙂',
        'two\nlines',
        'two\nlines\n',
        '\ttabbed\nblock',
        'line\u2028and\nnewline',
      ];
      const project = createSampleProject();
      project.meta.title = tricky.join(' | ');
      project.answers = { ...project.answers, 'company.list': tricky };
      // Keys too: PyYAML reads a plain `on:` key as True.
      for (const key of ['on', 'no', '2026-01-01', '010']) project.answers[`company.${key}`] = key;
      tricky.forEach((value, index) => {
        project.answers[`company.t${String(index).padStart(2, '0')}`] = value;
      });
      const sectionsAsText = project.sections[0]?.clauses[0];
      if (sectionsAsText) sectionsAsText.title = tricky.join('\n');
      const yaml = exportYaml(project);
      const [result] = await readWithPython(yaml);
      expect(result?.errors).toEqual([]);
      expect(result?.data).toEqual(parse(yaml));
      expect((result?.data as { company: { list: string[] } }).company.list).toEqual(tricky);
    });

    it('documents an example that the schema, the contract and the import accept', async () => {
      const example =
        /```yaml\n([\s\S]*?)```/.exec(await readFile(CONTRACT_DOC, 'utf8'))?.[1] ?? '';
      const [result] = await readWithPython(example);
      expect(result?.errors).toEqual([]);
      expect(ExportDocument.safeParse(parse(example)).success).toBe(true);
      expect(importYaml(example, { now: '2026-04-01T08:00:00.000Z' }).sections).toHaveLength(1);
    });

    it.each([1, 2] as const)(
      'agrees with the import schema on what is valid, contract %i',
      async (contract) => {
        const valid = parse(exportYaml(createSampleProject(contract)));
        expect(valid).toMatchObject({ format: exportFormat(contract) });
        const verdicts = await schemaVerdicts(valid, [
          ['unchanged', () => undefined],
          ['no headcount', (document) => delete document.company.headcount],
          [
            'a draft with no approvals',
            (document) =>
              Object.assign(document, { approvals: [], version: { number: 1, status: 'draft' } }),
          ],
          [
            'the other contract',
            (document) => Object.assign(document, { format: exportFormat(contract === 1 ? 2 : 1) }),
          ],
          [
            'a newer contract',
            (document) => Object.assign(document, { format: 'charter-studio/charter@3' }),
          ],
          ['no company name', (document) => delete document.company.name],
          [
            'a negative headcount',
            (document) => Object.assign(document.company, { headcount: -1 }),
          ],
          [
            'a headcount with decimals',
            (document) => Object.assign(document.company, { headcount: 2.5 }),
          ],
          [
            'an answer that is an object',
            (document) => Object.assign(document.company, { address: { city: 'Lyon' } }),
          ],
          [
            'an unknown role',
            (document) => Object.assign(document.sections[0] ?? {}, { owner: 'marketing' }),
          ],
          [
            'an id with capitals',
            (document) => Object.assign(document.sections[0] ?? {}, { id: 'Scope' }),
          ],
          [
            'an empty section title',
            (document) => Object.assign(document.sections[0] ?? {}, { title: '' }),
          ],
          ['an unknown key', (document) => Object.assign(document, { note: 'x' })],
          [
            'a date without time zone',
            (document) =>
              Object.assign(document.approvals[0] ?? {}, { date: '2026-03-01T10:15:00' }),
          ],
          [
            'an impossible date',
            (document) =>
              Object.assign(document.approvals[0] ?? {}, { date: '2026-02-30T10:15:00Z' }),
          ],
          ['version 0', (document) => Object.assign(document.version, { number: 0 })],
          ['a clause without text', (document) => delete document.sections[0]?.clauses[0]?.text],
          [
            'a rationale that is not text',
            (document) => Object.assign(document.sections[0]?.clauses[0] ?? {}, { rationale: 1 }),
          ],
          [
            'a next review date',
            (document) => Object.assign(document.version, { nextReviewDate: '2027-03-01' }),
          ],
        ]);
        for (const verdict of verdicts) expect(verdict.jsonSchema, verdict.name).toBe(verdict.zod);
        expect(verdicts.filter((verdict) => verdict.zod).map((verdict) => verdict.name)).toEqual([
          'unchanged',
          'no headcount',
          'a draft with no approvals',
          // Contract 2 only: contract 1 has no such key.
          ...(contract === 2 ? ['a next review date'] : []),
        ]);
      },
    );
  },
);
