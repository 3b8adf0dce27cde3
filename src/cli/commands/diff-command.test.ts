import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reassignedDraft, versionedCharter } from '../../diff/test-support/versioned-project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-diff-'));
  const { unsigned, signed, drafted } = versionedCharter();
  await saveProject(join(folder, 'none.charter'), unsigned);
  await saveProject(join(folder, 'signed.charter'), signed);
  await saveProject(join(folder, 'draft.charter'), drafted);
  await saveProject(
    join(folder, 'reassigned.charter'),
    reassignedDraft(signed, '2026-03-05T10:00:00.000Z'),
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

  it('shows company answers and owners that changed, though no word did', async () => {
    expect(await diff('reassigned.charter')).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Version 2 → brouillon',
        '',
        'Informations de la charte',
        '    company.headcount\u00a0: non renseignée → 45',
        '    company.sector\u00a0: non renseignée → Commerce',
        '',
        '1.1 Accès — modifiée (responsable)',
        '    Responsable\u00a0: Ressources humaines → Juridique',
        '',
        'Clauses\u00a0: 1 modifiée, 3 inchangées. Informations de la charte\u00a0: 2 modifiées.',
        '',
      ].join('\n'),
    });
    const data = JSON.parse((await diff('reassigned.charter', '--format', 'json')).stdout) as {
      identical: boolean;
      details: unknown;
      clauses: unknown;
    };
    expect(data.identical).toBe(false);
    expect(data.details).toEqual([
      { subject: { kind: 'company', key: 'headcount' }, kind: 'added', to: 45 },
      { subject: { kind: 'company', key: 'sector' }, kind: 'added', to: 'Commerce' },
    ]);
    expect(data.clauses).toMatchObject([
      {
        id: 'use.access',
        kind: 'changed',
        changes: ['owner'],
        from: { owner: 'hr' },
        to: { owner: 'legal' },
      },
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
        sections: { added: 0, removed: 0, retitled: 1, changed: 0, moved: 0, unchanged: 1 },
        details: 0,
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
