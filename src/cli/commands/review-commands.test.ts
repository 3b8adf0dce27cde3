import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject, saveProject } from '../../store/project-file';
import { sampleProject } from '../../review/test-support/sample-project';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-review-'));
  await saveProject(join(folder, 'charte.charter'), await sampleProject('original'));
  await saveProject(join(folder, 'autre.charter'), await sampleProject('autre'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);

interface Listed {
  id: string;
  clause: string;
  anchor: string;
  quote: string;
  author: string;
  role: string;
  anonymous: boolean;
  status: string;
  text: string;
  replies: unknown[];
}

async function listed(file: string): Promise<Listed[]> {
  const { status, stdout, stderr } = await charter('comments', file);
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  return parse(stdout) as Listed[];
}

describe('the review commands', () => {
  it('send copies, take comments on them and merge them back, in any order, once', async () => {
    expect(await listed('charte.charter')).toEqual([]);
    for (const name of ['legal', 'salarie']) {
      expect(await charter('review-copy', 'charte.charter', '-o', `${name}.charter`)).toEqual({
        status: 0,
        stdout: `${join(folder, `${name}.charter`)}\n`,
        stderr: '',
      });
    }
    // Sent to reviewers, the draft is in review.
    expect((await loadProject(join(folder, 'charte.charter'))).meta.status).toBe('in-review');
    const legal = await charter(
      'comment',
      'legal.charter',
      '--clause',
      'scope.people',
      '--quote',
      'les stagiaires',
      '--text',
      'Préciser la durée des stages.',
      '--author',
      'Claire Martin',
      '--role',
      'legal',
    );
    expect(legal).toMatchObject({ status: 0, stderr: '' });
    const employee = await charter(
      'comment',
      'salarie.charter',
      '--clause',
      'scope.sites',
      '--quote',
      'en  télétravail',
      '--text',
      'Et chez un client ?',
      '--author',
      'Paul Durand',
      '--anonymous',
    );
    expect(employee).toMatchObject({ status: 0, stderr: '' });
    expect(await readFile(join(folder, 'salarie.charter'), 'utf8')).not.toContain('Paul Durand');

    expect(await listed('legal.charter')).toEqual([
      {
        id: legal.stdout.trim(),
        clause: 'scope.people',
        anchor: 'anchored',
        quote: 'les stagiaires',
        author: 'Claire Martin',
        role: 'legal',
        anonymous: false,
        createdAt: expect.any(String),
        status: 'open',
        text: 'Préciser la durée des stages.',
        replies: [],
      },
    ]);

    const merged = await charter('merge', 'charte.charter', 'salarie.charter', 'legal.charter');
    expect(merged).toEqual({
      status: 0,
      stdout: `${join(folder, 'charte.charter')}: merged 2 copies: 2 new comments, 0 new replies, 0 status changes\n`,
      stderr: '',
    });
    // Oldest first: the legal reviewer commented before the employee.
    const comments = await listed('charte.charter');
    expect(comments.map((comment) => [comment.author, comment.role, comment.anonymous])).toEqual([
      ['Claire Martin', 'legal', false],
      ['anonymous', 'employee', true],
    ]);
    const before = await readFile(join(folder, 'charte.charter'), 'utf8');
    expect(await readFile(join(folder, 'charte.charter.bak'), 'utf8')).not.toBe(before);

    const again = await charter('merge', 'charte.charter', 'legal.charter', 'salarie.charter');
    expect(again.stdout).toBe(
      `${join(folder, 'charte.charter')}: nothing new in 2 copies: 0 new comments, 0 new replies, 0 status changes\n`,
    );
    expect(await readFile(join(folder, 'charte.charter'), 'utf8')).toBe(before);
    expect((await loadProject(join(folder, 'charte.charter'))).history.at(-1)).toMatchObject({
      kind: 'imported',
    });
  });

  it('refuse misuse with exit code 2 and failures with exit code 1, in one line', async () => {
    const usage = [
      [['review-copy', 'charte.charter'], '--output is required'],
      [
        ['review-copy', 'charte.charter', '-o', 'charte.charter', '--force'],
        'must not replace the charter',
      ],
      [['merge', 'charte.charter'], 'expected the charter and at least one review copy.'],
      [['merge'], 'expected at least one file, got none.'],
      [
        ['comment', 'charte.charter', '--clause', 'scope.people', '--quote', 'x', '--text', 'y'],
        '--author is required',
      ],
      [
        [
          'comment',
          'charte.charter',
          '--clause',
          'scope.people',
          '--quote',
          'x',
          '--text',
          'y',
          '--author',
          'A',
          '--role',
          'boss',
        ],
        '--role must be one of hr, legal, it, communication, employee.',
      ],
      [['comments', 'a.charter', 'b.charter'], 'expected exactly one file'],
    ] as const;
    for (const [args, message] of usage) {
      const result = await charter(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    const failures = [
      [['review-copy', 'charte.charter', '-o', 'legal.charter'], 'already exists. Add --force'],
      [['merge', 'charte.charter', 'autre.charter'], 'autre.charter is not a review copy'],
      [
        [
          'comment',
          'charte.charter',
          '--clause',
          'nope',
          '--quote',
          'x',
          '--text',
          'y',
          '--anonymous',
        ],
        'There is no clause "nope" in this charter.',
      ],
      [
        [
          'comment',
          'charte.charter',
          '--clause',
          'scope.sites',
          '--quote',
          'absent',
          '--text',
          'y',
          '--anonymous',
        ],
        'Clause "scope.sites" does not contain "absent"',
      ],
      [['comments', 'missing.charter'], 'missing.charter'],
    ] as const;
    for (const [args, message] of failures) {
      const result = await charter(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    await charter('review-copy', 'autre.charter', '-o', 'autre-copie.charter');
    expect(await charter('merge', 'charte.charter', 'autre-copie.charter')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining(
        'autre-copie.charter is a review copy of another charter (autre), not of this one (original).',
      ),
    });
  });

  it('suggest wording, list it, and accept or reject it for good', async () => {
    await saveProject(join(folder, 'mots.charter'), await sampleProject('mots'));
    const author = ['--author', 'Claire Martin', '--role', 'legal'];
    const suggest = await charter(
      'comment',
      'mots.charter',
      '--clause',
      'scope.sites',
      '--quote',
      'en télétravail',
      '--suggest',
      'à distance',
      ...author,
    );
    const deletion = await charter(
      'comment',
      'mots.charter',
      '--clause',
      'scope.people',
      '--quote',
      'les stagiaires',
      '--suggest',
      '',
      '--text',
      'Ils ont leur propre règlement.',
      '--anonymous',
    );
    for (const result of [suggest, deletion])
      expect(result).toMatchObject({ status: 0, stderr: '' });
    const [first, second] = [suggest.stdout.trim(), deletion.stdout.trim()];
    expect(await listed('mots.charter')).toMatchObject([
      { id: first, text: '', suggestion: { text: 'à distance' }, status: 'open' },
      { id: second, text: 'Ils ont leur propre règlement.', suggestion: { text: '' } },
    ]);

    expect(await charter('accept', 'mots.charter', first, '--author', 'Inès Bernard')).toEqual({
      status: 0,
      stdout:
        'Accepted the suggestion of Claire Martin on clause “scope.sites”: “en télétravail” → “à distance”.\n',
      stderr: '',
    });
    const rejected = await charter(
      'reject',
      'mots.charter',
      second,
      '--text',
      'Ils restent concernés.',
      '--author',
      'Inès Bernard',
      '--role',
      'hr',
    );
    expect(rejected).toEqual({
      status: 0,
      stdout: 'Rejected an anonymous suggestion on clause “scope.people”.\n',
      stderr: '',
    });
    const [accepted, refused] = await listed('mots.charter');
    expect(accepted).toMatchObject({
      quote: 'à distance',
      anchor: 'anchored',
      status: 'resolved',
      suggestion: { decision: { status: 'accepted', by: 'Inès Bernard' } },
    });
    expect(refused).toMatchObject({
      status: 'resolved',
      suggestion: { text: '', decision: { status: 'rejected', by: 'Inès Bernard' } },
      replies: [{ author: 'Inès Bernard', text: 'Ils restent concernés.' }],
    });
    const project = await loadProject(join(folder, 'mots.charter'));
    expect(JSON.stringify(project.sections)).toContain('à distance');
    expect(JSON.stringify(project.sections)).toContain('les stagiaires');

    const again = await charter('accept', 'mots.charter', first);
    expect(again.status).toBe(1);
    expect(again.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^charter accept: The suggestion ".*" was already accepted on /),
    ]);
    for (const [args, message] of [
      [['accept', 'mots.charter'], 'expected the charter and one comment id.'],
      [['accept', 'mots.charter', first, 'extra'], 'expected the charter and one comment id.'],
      [['reject', 'mots.charter', second, ...author], '--text is required'],
      [['reject', 'mots.charter', second, '--text', 'Non'], '--author is required'],
    ] as const) {
      const result = await charter(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('explain themselves with --help', async () => {
    for (const name of ['review-copy', 'merge', 'comments', 'comment', 'accept', 'reject']) {
      const { status, stdout } = await charter(name, '--help');
      expect(status).toBe(0);
      expect(stdout).toContain(`Usage: charter ${name} `);
    }
  });
});
