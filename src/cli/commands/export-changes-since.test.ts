import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionedCharter } from '../../diff/test-support/versioned-project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-export-changes-'));
  await saveProject(join(folder, 'draft.charter'), versionedCharter().drafted);
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const exportDraft = (...args: string[]) => runCliIn(folder, 'export', 'draft.charter', ...args);

describe('charter export --changes-since', () => {
  it('ends the document with what changed since that version', async () => {
    const run = await exportDraft('--format', 'html', '-o', 'a.html', '--changes-since', '2');
    expect(run).toEqual({ status: 0, stdout: `${join(folder, 'a.html')}\n`, stderr: '' });
    const html = await readFile(join(folder, 'a.html'), 'utf8');
    expect(html).toContain('<h2>Modifications depuis la version 2</h2>');
    expect(html).toContain('Tout manquement <del>est</del><ins>peut être</ins> sanctionné.');
  });

  it('refuses the YAML, a version that is not a number, and one that does not exist', async () => {
    expect(
      await exportDraft('--format', 'yaml', '-o', 'a.yaml', '--changes-since', '1'),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(
        '--changes-since works with --format docx, pdf or html only.',
      ),
    });
    expect(
      await exportDraft('--format', 'html', '-o', 'b.html', '--changes-since', 'latest'),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--changes-since takes a version number, not "latest".'),
    });
    expect(
      await exportDraft('--format', 'html', '-o', 'c.html', '--changes-since', '5'),
    ).toMatchObject({
      status: 1,
      stderr: 'charter export: There is no version 5: its versions are 1, 2.\n',
    });
  });
});
