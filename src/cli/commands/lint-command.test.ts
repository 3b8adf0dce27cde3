import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clause, projectOf } from '../../lint/test-support/lint-project-builder';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-lint-'));
  const ban = clause('conduct.politics', 'Toute discussion politique est **interdite**.');
  const photos = clause('brand.photos', 'Les photos des locaux sont interdites.');
  const fine = clause('intro.purpose', 'Les réseaux sociaux font partie de notre quotidien.');
  await saveProject(join(folder, 'bad.charter'), projectOf([fine, ban, photos]));
  await saveProject(join(folder, 'warned.charter'), projectOf([fine, photos]));
  await saveProject(join(folder, 'good.charter'), projectOf([fine]));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const lint = (...args: string[]) => runCliIn(folder, 'lint', ...args);

describe('charter lint', () => {
  it('prints one finding a line and a summary, and fails on an error', async () => {
    const { status, stdout, stderr } = await lint('bad.charter');
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^error {4}conduct\.politics {2}Clause "conduct\.politics" bans a whole subject/,
    );
    expect(lines[1]).toMatch(/^warning {2}brand\.photos {2}Clause "brand\.photos" restricts/);
    expect(lines[2]).toBe(`${join(folder, 'bad.charter')}: 1 error, 1 warning`);
  });

  it('succeeds with warnings only, and says when there is nothing to report', async () => {
    const warned = await lint('warned.charter');
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/: 0 errors, 1 warning\n$/);
    const good = await lint('good.charter');
    expect(good).toEqual({
      status: 0,
      stdout: `${join(folder, 'good.charter')}: no problems found\n`,
      stderr: '',
    });
  });

  it('prints YAML with --format yaml', async () => {
    const { status, stdout } = await lint('bad.charter', '--format', 'yaml');
    expect(status).toBe(1);
    const data = parse(stdout) as { errors: number; warnings: number; findings: unknown[] };
    expect(data).toMatchObject({
      file: join(folder, 'bad.charter'),
      errors: 1,
      warnings: 1,
      findings: [
        { rule: 'absolute-ban', severity: 'error', clauseId: 'conduct.politics' },
        { rule: 'restriction-without-rationale', severity: 'warning', clauseId: 'brand.photos' },
      ],
    });
  });

  it('refuses an unknown format and a missing file', async () => {
    expect(await lint('good.charter', '--format', 'json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--format must be one of text, yaml.'),
    });
    expect(await lint('missing.charter')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('missing.charter'),
    });
  });
});
