import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import { createSampleProject } from '../export/sample-project.fixture';
import { exportYaml } from '../export/yaml-export';
import type { Project } from '../model/project';
import { sampleProject, withClauseBody } from '../review/test-support/sample-project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { followEdits } from './follow-edits';
import { prepareDecision, recordDecision } from './record-decision';
import { signApproval } from './signing-key';
import { APPROVERS, keysByRole, signOffAll } from './test-support/sign-off-steps';
import { verifyExport } from './verify-export';

const DOC = new URL('../../docs/fingerprint.md', import.meta.url);
const hasPython = requireTool('python3', [
  '-c',
  'import yaml; from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey',
]);

let folder = '';
let script = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-python-'));
  // The snippet the documentation gives, exactly: if it drifts from the product, this fails.
  const snippet = /```python\n([\s\S]*?)```/.exec(await readFile(DOC, 'utf8'))?.[1];
  if (!snippet) throw new Error('docs/fingerprint.md has no Python example');
  script = join(folder, 'check.py');
  await writeFile(script, snippet);
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function checkWithPython(yaml: string): Promise<string> {
  const path = join(folder, `charter-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(path, yaml);
  return runTool('python3', [script, path]);
}

/** The check's output and exit status, for a file it must refuse. */
async function refusedByPython(
  yaml: string,
): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const path = join(folder, `charter-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(path, yaml);
  const { stdout, stderr, status } = spawnSync('python3', [script, path], { encoding: 'utf8' });
  return { stdout, stderr, status };
}

describe.skipIf(!hasPython)('the documented Python check, an independent implementation', () => {
  it('recomputes the fingerprint of version 2 and verifies its three signatures', async () => {
    const keys = keysByRole();
    const first = signOffAll(await sampleProject(), '2026-12-04T10:00:00.000Z', keys).project;
    const clauseId = first.sections[1]?.clauses[0]?.id ?? '';
    const edited = withClauseBody(first, clauseId, doc(p(text('« Guillemets », 1er € — ✓ 😀'))));
    const second = signOffAll(
      followEdits(edited, '2026-12-05T10:00:00.000Z').project,
      '2026-12-05T10:00:00.000Z',
      keys,
    );
    const yaml = exportYaml(second.project);
    expect(yaml).toMatch(/^format: charter-studio\/charter@2\n/);
    const output = await checkWithPython(yaml);
    expect(output.split('\n')[0]).toBe(`text matches ${verifyExport(yaml).fingerprint}`);
    expect(output.match(/^signature holds:/gm)).toHaveLength(3);
    expect(second.version).toMatchObject({
      number: 2,
      fingerprint: verifyExport(yaml).fingerprint,
    });
  });

  it('checks a text signed off under contract 1 the same way', async () => {
    let project: Project = { ...createSampleProject(1), approvals: [] };
    for (const [role, key] of keysByRole()) {
      const input = { role, name: APPROVERS[role], decision: 'approved' } as const;
      const approval = prepareDecision(project, input, '2026-12-04T10:00:00.000Z');
      project = recordDecision(project, signApproval(approval, key), approval.date).project;
    }
    const yaml = exportYaml(project);
    expect(yaml).toMatch(/^format: charter-studio\/charter@1\n/);
    const output = await checkWithPython(yaml);
    expect(output.split('\n')[0]).toBe(`text matches ${project.versions.at(-1)?.fingerprint}`);
    expect(output.match(/^signature holds:/gm)).toHaveLength(3);
  });

  it('sees a changed text and a forged decision', async () => {
    const yaml = exportYaml(
      signOffAll(await sampleProject(), '2026-12-04T10:00:00.000Z', keysByRole()).project,
    );
    const changedText = await refusedByPython(
      yaml.replace('text: |-\n          ', 'text: |-\n          X'),
    );
    expect(changedText).toMatchObject({
      status: 1,
      stdout: '',
      stderr: expect.stringMatching(/^text CHANGED: it gives sha256:/),
    });
    const unsigned = await refusedByPython(
      yaml.replace(/\n {4}publicKey: .*\n {4}signature: .*/, ''),
    );
    expect(unsigned).toMatchObject({ status: 1, stderr: 'NOT SIGNED: hr Claire Martin\n' });
    const forged = await refusedByPython(yaml.replace('name: Claire Martin', 'name: Claire Marti'));
    expect(forged.stdout).toMatch(/^text matches sha256:/);
    expect(forged).toMatchObject({ status: 1, stderr: expect.stringMatching(/InvalidSignature/) });
  });
});
