import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedOffProject } from '../../pack/test-support/signed-off-project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-pack-cli-'));
  await saveProject(join(folder, 'charte.charter'), signedOffProject());
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);

// The PDF printer of these tests fails: a pack that gets as far as printing is not refused.
describe('charter pack refuses, before any export', () => {
  it('a version that does not exist, naming those that do', async () => {
    expect(await charter('pack', 'charte.charter', '--version', '3', '-o', 'p.zip')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'charter pack: Version 3 does not exist: versions are 1, 2.\n',
    });
  });

  it('the draft, which is no signed-off version', async () => {
    const draft = await charter('pack', 'charte.charter', '--version', 'draft', '-o', 'p.zip');
    expect(draft.status).toBe(1);
    expect(draft.stderr).toContain('only a signed-off version can be packed');
  });

  it('to replace a file without --force', async () => {
    await writeFile(join(folder, 'existing.zip'), 'not mine');
    const run = await charter(
      'pack',
      'charte.charter',
      '--version',
      'latest',
      '-o',
      'existing.zip',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('existing.zip already exists. Add --force to replace it');
    const forced = await charter(
      'pack',
      'charte.charter',
      '--version',
      'latest',
      '-o',
      'existing.zip',
      '--force',
    );
    expect(forced.stderr).toContain('These tests print no PDF.');
  });

  it('a command line without --version or -o, as a usage error', async () => {
    const noVersion = await charter('pack', 'charte.charter', '-o', 'p.zip');
    expect(noVersion.status).toBe(2);
    expect(noVersion.stderr).toContain('--version is required (a version number, or latest).');
    const noOutput = await charter('pack', 'charte.charter', '--version', '1');
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toContain('--output is required (the ZIP to write).');
  });
});
