import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signedOffProject } from '../src/pack/test-support/signed-off-project';
import { saveProject } from '../src/store/project-file';
import { useCliFolder } from './support/cli-folder';
import { libreOfficeText, pdfInfo, pdfText, pythonYaml } from './support/readers';
import { runCharter } from './support/run-charter';

const checkPack = fileURLToPath(new URL('../src/pack/test-support/check-pack.py', import.meta.url));

const cli = useCliFolder('charter-cli-pack-');

interface PackReport {
  names: string[];
  unlisted: string[];
  mismatches: string[];
  badCrc: string | null;
  manifest: { version: number; fingerprint: string; files: { name: string }[] };
}

/** What Python's zipfile, hashlib and yaml make of a pack: nothing of ours reads it. */
function checkWithPython(path: string): PackReport {
  return JSON.parse(execFileSync('python3', [checkPack, path], { encoding: 'utf8' })) as PackReport;
}

test('a signed-off version packs into a ZIP that standard tools read and check file by file', async () => {
  const project = signedOffProject();
  await saveProject(join(cli.path, 'charte.charter'), project);
  const version = project.versions.find((candidate) => candidate.number === 2);

  const run = cli.ok(['pack', 'charte.charter', '--version', 'latest', '-o', 'dossier.zip']);
  expect(run.stdout).toBe(`${join(cli.path, 'dossier.zip')}\n`);

  const zip = join(cli.path, 'dossier.zip');
  expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
  const report = checkWithPython(zip);
  expect(report).toMatchObject({ unlisted: [], mismatches: [], badCrc: null });
  expect(report.manifest).toMatchObject({ version: 2, fingerprint: version?.fingerprint });
  expect(report.manifest.files.map(({ name }) => name)).toEqual([
    'README.txt',
    'charter-v2.pdf',
    'charter-v2.docx',
    'charter-v2.yaml',
    'approvals.yaml',
    'formalities.md',
    'audit-trail.md',
    'audit-trail.csv',
  ]);

  const out = join(cli.path, 'dossier');
  execFileSync('unzip', ['-q', zip, '-d', out]);
  // The documents are those of version 2, read by poppler, LibreOffice, pandoc and Python.
  const pdf = join(out, 'charter-v2.pdf');
  expect(pdfInfo(pdf)).toMatch(/^Title:\s+Charte d’utilisation des réseaux sociaux$/m);
  expect(pdfText(pdf)).toContain('Société Dupré & Fils <SA>');
  expect(libreOfficeText(join(out, 'charter-v2.docx'))).toContain('Société Dupré & Fils <SA>');
  expect(
    execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', join(out, 'charter-v2.docx')], {
      encoding: 'utf8',
    }),
  ).toContain('Charte d’utilisation des réseaux sociaux');
  expect(pythonYaml(join(out, 'charter-v2.yaml'))).toMatchObject({
    title: 'Charte d’utilisation des réseaux sociaux',
    version: { number: 2, fingerprint: version?.fingerprint },
  });
  const approvals = pythonYaml(join(out, 'approvals.yaml')) as {
    approvals: { role: string; publicKey: string; signature: string }[];
  };
  expect(approvals.approvals.map(({ role }) => role)).toEqual(['hr', 'legal', 'it']);
  expect(approvals.approvals.every(({ publicKey, signature }) => publicKey && signature)).toBe(
    true,
  );
  const trail = execFileSync(
    'python3',
    [
      '-c',
      'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
      join(out, 'audit-trail.csv'),
    ],
    { encoding: 'utf8' },
  );
  expect(JSON.parse(trail)).toHaveLength(project.history.length + 1);
  const readme = readFileSync(join(out, 'README.txt'), 'utf8');
  expect(readme).toContain('charter verify charter-v2.yaml');

  // The README's own command, run by hand: each hash is the manifest's.
  const manifest = readFileSync(join(out, 'manifest.yaml'), 'utf8');
  const sums = execFileSync(
    'sha256sum',
    report.manifest.files.map(({ name }) => name),
    {
      cwd: out,
      encoding: 'utf8',
    },
  );
  for (const [hash, name] of sums
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+\*?/))) {
    expect(manifest).toContain(`- name: ${name}\n    bytes: `);
    expect(manifest).toContain(`sha256: ${hash}`);
  }

  // One byte changed in the PDF: the manifest no longer matches, and says which file.
  const bytes = readFileSync(pdf);
  bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x20;
  writeFileSync(pdf, bytes);
  expect(checkWithPython(out).mismatches).toEqual(['charter-v2.pdf']);
});

test('pack refuses a version that is not signed off, and a file it would replace', async () => {
  await saveProject(join(cli.path, 'charte.charter'), signedOffProject());
  const missing = runCharter(['pack', 'charte.charter', '--version', '3', '-o', 'v3.zip'], {
    cwd: cli.path,
  });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toBe('charter pack: Version 3 does not exist: versions are 1, 2.\n');

  cli.ok(['pack', 'charte.charter', '--version', '1', '-o', 'v1.zip']);
  const again = runCharter(['pack', 'charte.charter', '--version', '1', '-o', 'v1.zip'], {
    cwd: cli.path,
  });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('v1.zip already exists. Add --force to replace it');
  cli.ok(['pack', 'charte.charter', '--version', '1', '-o', 'v1.zip', '--force']);
  expect(checkWithPython(join(cli.path, 'v1.zip')).manifest.version).toBe(1);
});

test('history prints the audit trail as Markdown, CSV and YAML', async () => {
  const project = signedOffProject();
  await saveProject(join(cli.path, 'charte.charter'), project);
  expect(cli.ok(['history', 'charte.charter']).stdout).toContain(
    '| 5 mars 2026 à 12:00 UTC | Version validée | — | Version\u00a02 validée par Ressources humaines, Juridique et Informatique (sha256:',
  );
  cli.ok(['history', 'charte.charter', '--format', 'yaml', '-o', 'journal.yaml']);
  expect(pythonYaml(join(cli.path, 'journal.yaml'))).toMatchObject({ events: project.history });
  cli.ok(['history', 'charte.charter', '--format', 'csv', '-o', 'journal.csv']);
  expect(readFileSync(join(cli.path, 'journal.csv')).subarray(0, 3)).toEqual(
    Buffer.from([0xef, 0xbb, 0xbf]),
  );
});
