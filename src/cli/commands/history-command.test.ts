import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeHistory } from '../../history/write-history';
import type { Project } from '../../model/project';
import { signedOffProject } from '../../pack/test-support/signed-off-project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
let project: Project;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-history-'));
  project = signedOffProject();
  await saveProject(join(folder, 'charte.charter'), project);
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);

describe('charter history', () => {
  it('prints the Markdown audit trail in the charter’s language unless --lang says', async () => {
    const french = await charter('history', 'charte.charter');
    expect(french).toEqual({ status: 0, stdout: writeHistory(project, 'md'), stderr: '' });
    expect(french.stdout).toMatch(/^# Journal des événements — /);
    expect(french.stdout).toContain('| 4 février 2026 à 12:45 UTC | Version validée | — |');
    const english = await charter('history', 'charte.charter', '--lang', 'en');
    expect(english.stdout).toContain('| 4 February 2026 at 12:45 UTC | Version signed off | — |');
  });

  it('prints CSV and YAML, each the same as the core writes', async () => {
    const csv = await charter('history', 'charte.charter', '--format', 'csv');
    expect(csv.stdout).toBe(writeHistory(project, 'csv'));
    const yaml = await charter('history', 'charte.charter', '--format', 'yaml');
    expect(parse(yaml.stdout)).toMatchObject({ events: project.history });
  });

  it('writes to -o, and replaces a file only with --force', async () => {
    const out = join(folder, 'journal.csv');
    const args = ['history', 'charte.charter', '--format', 'csv', '-o', 'journal.csv'];
    expect(await charter(...args)).toEqual({ status: 0, stdout: `${out}\n`, stderr: '' });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(writeHistory(project, 'csv'));
    const again = await charter(...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `charter history: ${out} already exists. Add --force to replace it, or choose another name.\n`,
    );
    expect((await charter(...args, '--force')).status).toBe(0);
  });

  it('refuses an unknown format and --force without a file, as usage errors', async () => {
    const format = await charter('history', 'charte.charter', '--format', 'xlsx');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format must be one of md, csv, yaml.');
    const force = await charter('history', 'charte.charter', '--force');
    expect(force.status).toBe(2);
    expect(force.stderr).toContain('--force replaces the file of --output: give one.');
  });
});
