import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSections, signOff } from '../../diff/test-support/versioned-project';
import type { Clause, Section } from '../../model/clause';
import { projectFixture } from '../../model/test-support/project-fixture';
import { doc, p, text } from '../../rich-text/test-support/rich-text-builders';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

const clause = (id: string, title: string, body: string): Clause => ({
  id,
  title,
  owner: 'hr',
  body: doc(p(text(body))),
});

const VERSION_1: Section[] = [
  {
    id: 'use',
    title: 'Usages',
    owner: 'hr',
    clauses: [
      clause('use.access', 'Accès', 'Les salariés peuvent publier pendant les pauses.'),
      clause('use.photos', 'Photos', 'Pas de photos des locaux.'),
      clause('use.brand', 'Marque', 'Le logo reste à nous.'),
    ],
  },
  {
    id: 'sanctions',
    title: 'Sanctions',
    owner: 'legal',
    clauses: [clause('sanctions.breach', 'Manquements', 'Tout manquement est sanctionné.')],
  },
];

/** Version 2: one clause reworded, one moved and retitled, one removed, one added. */
function toVersion2([use, sanctions]: Section[]): Section[] {
  const [access, photos] = use?.clauses ?? [];
  if (!use || !sanctions || !access || !photos) throw new Error('Unexpected version 1');
  return [
    {
      ...use,
      title: 'Usages au travail',
      clauses: [
        {
          ...access,
          body: doc(p(text('Les salariés ne peuvent publier que pendant les pauses.'))),
        },
        clause('use.advocacy', 'Ambassadeurs', 'Chacun peut relayer nos offres.'),
      ],
    },
    { ...sanctions, clauses: [...sanctions.clauses, { ...photos, title: 'Photographies' }] },
  ];
}

/** The draft after version 2: the sanction clause reworded. */
function toDraft(sections: Section[]): Section[] {
  return sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((entry) =>
      entry.id === 'sanctions.breach'
        ? { ...entry, body: doc(p(text('Tout manquement peut être sanctionné.'))) }
        : entry,
    ),
  }));
}

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-diff-'));
  const draft1 = projectFixture(VERSION_1, { answers: { 'company.name': 'Dupré & Fils' } });
  const version1 = signOff(draft1, '2026-03-01T10:00:00.000Z');
  const version2 = signOff(
    editSections(version1, toVersion2, '2026-03-02T10:00:00.000Z'),
    '2026-03-03T10:00:00.000Z',
  );
  await saveProject(join(folder, 'none.charter'), draft1);
  await saveProject(join(folder, 'signed.charter'), version2);
  await saveProject(
    join(folder, 'draft.charter'),
    editSections(version2, toDraft, '2026-03-04T10:00:00.000Z'),
  );
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const diff = (...args: string[]) => runCliIn(folder, 'diff', ...args);

describe('charter diff', () => {
  it('compares the last version with the draft by default', async () => {
    expect(await diff('draft.charter')).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Version 2 → brouillon',
        '',
        '2.1 Manquements — modifiée (texte)',
        '    Tout manquement [-est-]{+peut être+} sanctionné.',
        '',
        'Clauses\u00a0: 1 modifiée, 3 inchangées.',
        '',
      ].join('\n'),
    });
  });

  it('shows what changed between two versions, clause by clause', async () => {
    const { status, stdout } = await diff('draft.charter', '--from', '1', '--to', '2');
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'Version 1 → version 2',
        '',
        'Section 1 «\u00a0Usages au travail\u00a0» — renommée',
        '    Usages{+ au travail+}',
        '',
        '1.1 Accès — modifiée (texte)',
        '    Les salariés {+ne +}peuvent publier {+que +}pendant les pauses.',
        'Marque — supprimée (était 1.3)',
        '    [-Le logo reste à nous.-]',
        '1.2 Ambassadeurs — ajoutée',
        '    {+Chacun peut relayer nos offres.+}',
        '2.2 Photographies — modifiée (titre) et déplacée (était 1.2)',
        '    Titre\u00a0: [-Photos-]{+Photographies+}',
        '',
        'Clauses\u00a0: 1 ajoutée, 1 supprimée, 2 modifiées, 1 inchangée. Sections\u00a0: 1 renommée.',
        '',
      ].join('\n'),
    );
  });

  it('writes the report in the language asked for', async () => {
    const { stdout } = await diff('draft.charter', '--from', '1', '--to', '2', '--lang', 'en');
    expect(stdout.split('\n')).toEqual([
      'Version 1 → version 2',
      '',
      'Section 1 “Usages au travail” — retitled',
      '    Usages{+ au travail+}',
      '',
      '1.1 Accès — changed (text)',
      '    Les salariés {+ne +}peuvent publier {+que +}pendant les pauses.',
      'Marque — removed (was 1.3)',
      '    [-Le logo reste à nous.-]',
      '1.2 Ambassadeurs — added',
      '    {+Chacun peut relayer nos offres.+}',
      '2.2 Photographies — changed (title) and moved (was 1.2)',
      '    Title: [-Photos-]{+Photographies+}',
      '',
      'Clauses: 1 added, 1 removed, 2 changed, 1 unchanged. Sections: 1 retitled.',
      '',
    ]);
  });

  it('compares the last version with itself when there is no draft', async () => {
    expect(await diff('signed.charter')).toEqual({
      status: 0,
      stderr: '',
      stdout: 'Version 2 → version 2\n\nClauses\u00a0: 4 inchangées.\n',
    });
    const { stdout } = await diff('signed.charter', '--from', '1');
    expect(stdout.split('\n')[0]).toBe('Version 1 → version 2');
  });

  it('prints the comparison as JSON for tools', async () => {
    const { status, stdout } = await diff(
      'draft.charter',
      '--from',
      '1',
      '--to',
      'draft',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const data = JSON.parse(stdout) as Record<string, unknown>;
    expect(data).toMatchObject({
      file: join(folder, 'draft.charter'),
      from: 1,
      to: 'draft',
      identical: false,
      summary: {
        clauses: { added: 1, removed: 1, changed: 3, moved: 0, unchanged: 0 },
        sections: { added: 0, removed: 0, retitled: 1, moved: 0, unchanged: 1 },
      },
      sections: [{ id: 'use', kind: 'retitled' }],
    });
    const clauses = data.clauses as { id: string; kind: string }[];
    expect(clauses.map(({ id, kind }) => [id, kind])).toEqual([
      ['use.access', 'changed'],
      ['use.brand', 'removed'],
      ['use.advocacy', 'added'],
      ['sanctions.breach', 'changed'],
      ['use.photos', 'changed'],
    ]);
    expect(clauses[3]).toMatchObject({
      from: { number: '2.1' },
      to: { number: '2.1' },
      changes: ['body'],
      body: [
        { kind: 'same', text: 'Tout manquement ' },
        { kind: 'removed', text: 'est' },
        { kind: 'added', text: 'peut être' },
        { kind: 'same', text: ' sanctionné.' },
      ],
    });
  });

  it('says which versions exist, and that there is no draft, when asked for another text', async () => {
    expect(await diff('draft.charter', '--from', '3')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'charter diff: There is no version 3: its versions are 1, 2.\n',
    });
    expect(await diff('signed.charter', '--to', 'draft')).toMatchObject({
      status: 1,
      stderr:
        'charter diff: There is no draft: the text is still version 2 as signed off. Compare two versions, or edit the charter to start a draft.\n',
    });
    expect(await diff('none.charter')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining(
        'No version has been signed off yet: there is nothing to compare the draft with.',
      ),
    });
  });

  it('refuses a text that is neither a number nor draft, and an unknown format', async () => {
    expect(await diff('draft.charter', '--from', 'latest')).toMatchObject({
      status: 2,
      stderr:
        'charter diff: --from takes a version number or "draft", not "latest". Run "charter diff --help".\n',
    });
    expect(await diff('draft.charter', '--format', 'yaml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--format must be one of text, json.'),
    });
  });

  it('explains its options', async () => {
    const { status, stdout } = await diff('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: charter diff FILE.charter [--from N|draft] [--to M|draft]');
    expect(stdout).toContain('[-removed-]{+added+}');
  });
});
