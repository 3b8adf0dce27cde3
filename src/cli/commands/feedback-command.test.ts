import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeFeedbackSummary } from '../../review/write-feedback-summary';
import { feedbackProject } from '../../review/test-support/feedback-project';
import type { Project } from '../../model/project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
let project: Project;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-feedback-'));
  project = await feedbackProject();
  await saveProject(join(folder, 'charte.charter'), project);
  await saveProject(join(folder, 'english.charter'), {
    ...project,
    meta: { ...project.meta, language: 'en' },
  });
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);

describe('charter feedback', () => {
  it('prints the Markdown summary, labelled in the charter’s language unless --lang says', async () => {
    const french = await charter('feedback', 'charte.charter');
    expect(french).toEqual({ status: 0, stdout: writeFeedbackSummary(project, 'md'), stderr: '' });
    expect(french.stdout).toMatch(/^# Synthèse des retours/);
    expect((await charter('feedback', 'english.charter')).stdout).toMatch(/^# Feedback summary/);
    expect((await charter('feedback', 'charte.charter', '--lang', 'en')).stdout).toMatch(
      /^# Feedback summary/,
    );
  });

  it('prints the YAML summary, the same bytes every time', async () => {
    const first = await charter('feedback', 'charte.charter', '--format', 'yaml');
    expect(first.status).toBe(0);
    expect(parse(first.stdout)).toMatchObject({ totals: { comments: 6, awaitingReply: 3 } });
    expect((await charter('feedback', 'charte.charter', '--format', 'yaml')).stdout).toBe(
      first.stdout,
    );
  });

  it('writes to -o, and replaces a file only with --force', async () => {
    const out = join(folder, 'retours.md');
    expect(await charter('feedback', 'charte.charter', '-o', 'retours.md')).toEqual({
      status: 0,
      stdout: `${out}\n`,
      stderr: '',
    });
    expect(await readFile(out, 'utf8')).toBe(writeFeedbackSummary(project, 'md'));
    const again = await charter('feedback', 'charte.charter', '-o', 'retours.md');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `charter feedback: ${out} already exists. Add --force to replace it, or choose another name.\n`,
    );
    await writeFile(out, 'old');
    const forced = await charter('feedback', 'charte.charter', '-o', 'retours.md', '--force');
    expect(forced.status).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(writeFeedbackSummary(project, 'md'));
  });

  it('refuses misuse with exit code 2 and failures with exit code 1, in one line', async () => {
    const usage = [
      [['feedback', 'charte.charter', '--format', 'docx'], '--format must be one of md, yaml.'],
      [['feedback', 'charte.charter', '--lang', 'de'], '--lang must be one of fr, en.'],
      [['feedback', 'charte.charter', '--force'], '--force replaces the file of --output'],
      [['feedback'], 'expected exactly one file, got none.'],
    ] as const;
    for (const [args, message] of usage) {
      const result = await charter(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const missing = await charter('feedback', 'absent.charter');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^charter feedback: .*absent\.charter.*\n$/);
  });

  it('explains itself with --help', async () => {
    const help = await charter('feedback', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'Usage: charter feedback FILE.charter [--format md|yaml] [--lang fr|en]',
    );
  });
});
