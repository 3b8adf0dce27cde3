import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { useCliFolder } from './support/cli-folder';
import { runCharter } from './support/run-charter';

const cli = useCliFolder('charter-signoff-');
const ok = (args: string[]) => cli.ok(args).stdout;
const PYTHON_CHECK = /```python\n([\s\S]*?)```/.exec(
  readFileSync(fileURLToPath(new URL('../docs/fingerprint.md', import.meta.url)), 'utf8'),
)?.[1];

const APPROVERS = [
  ['hr', 'Claire Martin'],
  ['legal', 'Élodie Fournier'],
  ['it', 'Karim Benali'],
] as const;

/** Requests sign-off and approves it for the three default roles, each signing with their key. */
function signOff(): string {
  ok(['request-signoff', 'charte.charter', '--author', 'Claire Martin']);
  let last = '';
  for (const [role, name] of APPROVERS) {
    last = ok([
      'approve',
      'charte.charter',
      '--role',
      role,
      '--name',
      name,
      '--key',
      `${role}.pem`,
    ]);
  }
  return last;
}

test('a charter goes to version 1, then version 2, whose YAML verifies in Charter Studio and in Python', () => {
  ok([
    'new',
    '--template',
    'social-media',
    '--set',
    'company.name=Dupré & Fils',
    '-o',
    'charte.charter',
  ]);
  const trust = APPROVERS.map(([role, name]) => {
    const publicKey = /^publicKey: (.*)$/m.exec(ok(['keygen', '-o', `${role}.pem`]))?.[1];
    return `  - name: ${name}\n    role: ${role}\n    publicKey: ${publicKey}\n`;
  });
  writeFileSync(join(cli.path, 'keys.yaml'), `keys:\n${trust.join('')}`);
  expect(signOff()).toMatch(/Version 1 is signed off/);

  // A reviewer suggests new wording, HR accepts it: the signed-off text becomes a draft.
  const yaml1 = ok(['export', 'charte.charter', '--format', 'yaml', '-o', 'v1.yaml']);
  expect(yaml1).toContain('v1.yaml');
  const clause =
    /\n {4}clauses:\n {6}- id: (\S+)/.exec(readFileSync(join(cli.path, 'v1.yaml'), 'utf8'))?.[1] ??
    '';
  const id = ok([
    'comment',
    'charte.charter',
    '--clause',
    clause,
    '--quote',
    'Les réseaux sociaux',
    '--suggest',
    'Les médias sociaux',
    '--author',
    'Léa',
    '--role',
    'employee',
  ]).trim();
  ok(['accept', 'charte.charter', id, '--author', 'Claire Martin']);
  expect(ok(['versions', 'charte.charter'])).toMatch(/^Draft \(would be version 2\) {2}draft$/m);
  expect(signOff()).toMatch(/Version 2 is signed off/);

  // The diff from 1 to 2 shows exactly the accepted suggestion, and nothing else.
  const diff = ok(['diff', 'charte.charter', '--from', '1', '--to', '2']);
  expect(diff).toMatch(/^Version 1 → version 2\n/);
  expect(diff).toMatch(/^1\.1 Notre intention — modifiée \(texte\)$/m);
  expect(diff.match(/\[-[^\]]*-\]|\{\+[^}]*\+\}/g)).toEqual(['[-réseaux-]', '{+médias+}']);
  expect(diff).toMatch(/^Clauses\s: 1 modifiée, \d+ inchangées\.$/m);

  ok(['export', 'charte.charter', '--format', 'yaml', '-o', 'v2.yaml']);
  const verified = ok(['verify', 'v2.yaml', '--trust', 'keys.yaml']);
  expect(verified).toMatch(/^v2\.yaml: version 2 \(signed-off\), sha256:[0-9a-f]{64}$/m);
  expect(verified.match(/^OK approvals/gm)).toHaveLength(3);

  // Version 1 still exports as it was signed, and still verifies; replaced by version 2, it is
  // no longer due for review.
  ok(['export', 'charte.charter', '--format', 'yaml', '--version', '1', '-o', 'again-v1.yaml']);
  const firstExport = readFileSync(join(cli.path, 'v1.yaml'), 'utf8');
  expect(firstExport).toMatch(/^ {2}nextReviewDate: "\d{4}-\d\d-\d\d"\n/m);
  expect(readFileSync(join(cli.path, 'again-v1.yaml'), 'utf8')).toBe(
    firstExport.replace(/^ {2}nextReviewDate: .*\n/m, ''),
  );
  expect(ok(['verify', 'again-v1.yaml', '--trust', 'keys.yaml'])).toMatch(/OK the text matches/);

  // The few lines of Python from docs/fingerprint.md agree.
  writeFileSync(join(cli.path, 'check.py'), PYTHON_CHECK ?? '');
  const python = spawnSync('python3', ['check.py', 'v2.yaml'], { cwd: cli.path, encoding: 'utf8' });
  expect(python.stderr).toBe('');
  const fingerprint = /sha256:[0-9a-f]{64}/.exec(verified)?.[0];
  expect(python.stdout.split('\n')[0]).toBe(`text matches ${fingerprint}`);
  expect(python.stdout.match(/^signature holds:/gm)).toHaveLength(3);

  // Tampering with the clause that changed is caught by both.
  const v2 = readFileSync(join(cli.path, 'v2.yaml'), 'utf8');
  writeFileSync(
    join(cli.path, 'tampered.yaml'),
    v2.replace('Les médias sociaux', 'Les médias sociaux,'),
  );
  const tampered = runCharter(['verify', 'tampered.yaml'], { cwd: cli.path });
  expect(tampered.status).toBe(1);
  expect(tampered.stderr).toMatch(/^FAIL The text does not match its fingerprint/m);
  const pythonTampered = spawnSync('python3', ['check.py', 'tampered.yaml'], {
    cwd: cli.path,
    encoding: 'utf8',
  });
  expect(pythonTampered.stderr).toMatch(/^text CHANGED/);
  expect(pythonTampered.status).toBe(1);
});

test('validate checks that a project file still holds what was signed off', () => {
  ok(['new', '--template', 'social-media', '--set', 'company.name=Dupré', '-o', 'charte.charter']);
  ok(['keygen', '-o', 'hr.pem']);
  ok(['keygen', '-o', 'legal.pem']);
  ok(['keygen', '-o', 'it.pem']);
  signOff();
  expect(ok(['validate', 'charte.charter'])).toMatch(/1 signed-off version\(s\) checked\)$/m);

  // Someone rewrites the approved title of version 1 in a text editor.
  const file = join(cli.path, 'charte.charter');
  const project = JSON.parse(readFileSync(file, 'utf8'));
  project.versions[0].content.title = 'Charte retouchée';
  writeFileSync(file, JSON.stringify(project));
  const altered = runCharter(['validate', 'charte.charter'], { cwd: cli.path });
  expect(altered.status).toBe(1);
  expect(altered.stderr).toMatch(/^FAIL version 1: The charter file was changed outside/m);
  expect(altered.stderr).toMatch(/restore the file from its \.bak copy/);
});
