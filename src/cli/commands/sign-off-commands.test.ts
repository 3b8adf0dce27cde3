import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSampleProject } from '../../export/sample-project.fixture';
import { sampleProject } from '../../review/test-support/sample-project';
import { loadProject, saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-signoff-'));
  await saveProject(join(folder, 'charte.charter'), await sampleProject());
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);
const ok = async (...args: string[]) => {
  const result = await charter(...args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.status, args.join(' ')).toBe(0);
  return result.stdout;
};

describe('sign-off on the command line', () => {
  it('goes from draft to a signed version 1 that verifies, with keys made by keygen', async () => {
    for (const role of ['hr', 'legal', 'it']) {
      expect(await ok('keygen', '-o', `${role}.pem`)).toMatch(/^publicKey: ed25519:/m);
      expect((await stat(join(folder, `${role}.pem`))).mode & 0o777).toBe(0o600);
    }
    expect(await ok('request-signoff', 'charte.charter', '--author', 'Claire')).toMatch(
      /Sign-off of version 1 requested from Human resources, Legal and IT \(sha256:[0-9a-f]{64}\)/,
    );
    await ok(
      'approve',
      'charte.charter',
      '--role',
      'hr',
      '--name',
      'Claire Martin',
      '--key',
      'hr.pem',
    );
    const rejected = await ok(
      'approve',
      'charte.charter',
      '--role',
      'legal',
      '--name',
      'Élodie Fournier',
      '--key',
      'legal.pem',
      '--reject',
      '--reason',
      'Citer le règlement intérieur.',
    );
    expect(rejected).toMatch(
      /^legal: rejected by Élodie Fournier \(version 1, signed with ed25519:/,
    );
    await ok(
      'approve',
      'charte.charter',
      '--role',
      'legal',
      '--name',
      'Élodie Fournier',
      '--key',
      'legal.pem',
    );
    const last = await ok(
      'approve',
      'charte.charter',
      '--role',
      'it',
      '--name',
      'Karim Benali',
      '--key',
      'it.pem',
    );
    expect(last).toMatch(/Version 1 is signed off\.\nfingerprint: sha256:[0-9a-f]{64}\n$/);
    const versions = await ok('versions', 'charte.charter');
    expect(versions).toMatch(/^Version 1 {2}signed-off {2}\S+ {2}sha256:/);
    expect(versions.match(/ {2}signed(?: {2}|$)/gm)).toHaveLength(4);
    expect(JSON.parse(await ok('versions', 'charte.charter', '--format', 'json'))).toMatchObject({
      status: 'signed-off',
      versions: [
        {
          number: 1,
          approvals: [{ role: 'hr' }, { role: 'legal' }, { role: 'legal' }, { role: 'it' }],
        },
      ],
    });
    await ok(
      'export',
      'charte.charter',
      '--format',
      'yaml',
      '-o',
      'v1.yaml',
      '--version',
      'latest',
    );
    const exported = parse(await readFile(join(folder, 'v1.yaml'), 'utf8')) as { version: unknown };
    expect(exported.version).toMatchObject({ number: 1, status: 'signed-off' });
    const verified = await ok('verify', 'v1.yaml');
    expect(verified).toMatch(/OK the text matches its fingerprint/);
    expect(verified.match(/^OK approvals/gm)).toHaveLength(4);
  });

  it('fails verify with one line per problem, and exit code 1', async () => {
    const yaml = await readFile(join(folder, 'v1.yaml'), 'utf8');
    await writeFile(
      join(folder, 'tampered.yaml'),
      yaml.replace('name: Karim Benali', 'name: Karim Benalli'),
    );
    const result = await charter('verify', 'tampered.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([
      'FAIL approvals[3] (Karim Benalli, it, approved): the signature does not match this text and decision: the text, the name, the role, the decision, the date or the reason changed after signing.',
    ]);
  });

  it('checks who signed against a trust file', async () => {
    const publicKey = async (role: string) =>
      /^publicKey: (.*)$/m.exec(await ok('keygen', '-o', `other-${role}.pem`))?.[1] ?? '';
    const strangers = `keys:\n  - name: Someone\n    publicKey: ${await publicKey('hr')}\n`;
    await writeFile(join(folder, 'keys.yaml'), strangers);
    const result = await charter('verify', 'v1.yaml', '--trust', 'keys.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr.match(/not in the trusted keys/g)).toHaveLength(4);
    await writeFile(join(folder, 'bad-keys.yaml'), 'keys:\n  - name: X\n    publicKey: rsa:AAAA\n');
    const bad = await charter('verify', 'v1.yaml', '--trust', 'bad-keys.yaml');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad-keys\.yaml is not a list of trusted keys.*publicKey/);
  });

  it('refuses to replace a key, to approve without a request, and to export a version that is not there', async () => {
    const again = await charter('keygen', '-o', 'hr.pem');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/hr\.pem already exists, and a key is never replaced/);
    const noKey = await charter(
      'approve',
      'charte.charter',
      '--role',
      'hr',
      '--name',
      'C',
      '--key',
      'none.pem',
    );
    expect(noKey.stderr).toMatch(/none\.pem: there is no such file/);
    const approve = await charter('approve', 'charte.charter', '--role', 'hr', '--name', 'C');
    expect(approve.status).toBe(1);
    expect(approve.stderr).toMatch(/not been requested/);
    const missing = await charter(
      'export',
      'charte.charter',
      '--format',
      'yaml',
      '-o',
      'v9.yaml',
      '--version',
      '9',
    );
    expect(missing).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/There is no version 9: its versions are 1\./),
    });
    const usage = await charter(
      'export',
      'charte.charter',
      '--format',
      'yaml',
      '-o',
      'x.yaml',
      '--version',
      'v1',
    );
    expect(usage.status).toBe(2);
    const roles = await charter('request-signoff', 'charte.charter', '--roles', 'hr,ceo');
    expect(roles).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(
        /--roles takes roles among hr, legal, it, communication, not "ceo"/,
      ),
    });
  });

  it('publishes the latest version once', async () => {
    expect(await ok('publish', 'charte.charter', '--author', 'Claire')).toMatch(
      /^Version 1 published/,
    );
    expect((await loadProject(join(folder, 'charte.charter'))).meta.status).toBe('published');
    expect((await charter('publish', 'charte.charter')).stderr).toMatch(/already published/);
  });

  it('signs off a text requested before contract 2 as contract 1, and verifies it', async () => {
    // The sample as saved while its sign-off was pending under contract 1, before any decision.
    await saveProject(join(folder, 'older.charter'), { ...createSampleProject(1), approvals: [] });
    const approvers = [
      ['hr', 'Claire Martin'],
      ['legal', 'Élodie Fournier'],
      ['it', 'Karim Benali'],
    ];
    for (const [role = '', name = ''] of approvers) {
      await ok('approve', 'older.charter', '--role', role, '--name', name, '--key', `${role}.pem`);
    }
    await ok('export', 'older.charter', '--format', 'yaml', '-o', 'older.yaml');
    const yaml = await readFile(join(folder, 'older.yaml'), 'utf8');
    expect(yaml).toMatch(/^format: charter-studio\/charter@1\n/);
    const verified = await ok('verify', 'older.yaml', '--roles', 'hr,legal,it');
    expect(verified).toMatch(/OK the text matches its fingerprint/);
    expect(verified.match(/^OK approvals/gm)).toHaveLength(3);
  });
});
