import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { exportYaml } from '../../export/yaml-export';
import { createSampleProject } from '../../export/sample-project.fixture';
import { requireTool } from '../../export/test-support/require-tool';
import { runTool } from '../../export/test-support/run-tool';
import { runCliIn } from '../test-support/run-cli-in';

const hasJsonSchema = requireTool('python3', ['-c', 'import jsonschema, yaml']);

describe('charter schema', () => {
  const published = (contract: number) =>
    readFile(
      new URL(`../../../schemas/charter-export.v${contract}.schema.json`, import.meta.url),
      'utf8',
    );

  it('prints the published schema of the contract drafts export as, byte for byte', async () => {
    const { status, stdout } = await runCliIn(tmpdir(), 'schema');
    expect(status).toBe(0);
    expect(stdout).toBe(await published(2));
    expect((await runCliIn(tmpdir(), 'schema', '--contract', '2')).stdout).toBe(stdout);
  });

  it('prints an earlier contract’s schema on request: versions signed off under it export so', async () => {
    const { status, stdout } = await runCliIn(tmpdir(), 'schema', '--contract', '1');
    expect(status).toBe(0);
    expect(stdout).toBe(await published(1));
  });

  it('names each contract’s schema with an $id of its own, so a validator caches them apart', async () => {
    const ids = await Promise.all(
      [1, 2].map(
        async (contract) => (JSON.parse(await published(contract)) as { $id: string }).$id,
      ),
    );
    expect(ids).toEqual([
      'urn:charter-studio:charter-export:v1',
      'urn:charter-studio:charter-export:v2',
    ]);
  });

  it('refuses a contract that does not exist', async () => {
    const { status, stderr } = await runCliIn(tmpdir(), 'schema', '--contract', '9');
    expect(status).toBe(2);
    expect(stderr).toContain('--contract takes a version from 1 to 2, not "9"');
  });

  it.skipIf(!hasJsonSchema).each([1, 2] as const)(
    'validates an export of contract %i in Python’s jsonschema',
    async (contract) => {
      const schema = (await runCliIn(tmpdir(), 'schema', '--contract', String(contract))).stdout;
      const check = `import json, sys, yaml, jsonschema
schema, document = sys.stdin.read().split('\\f')
jsonschema.Draft202012Validator(json.loads(schema)).validate(yaml.safe_load(document))
print('valid')`;
      const input = `${schema}\f${exportYaml(createSampleProject(contract))}`;
      expect(await runTool('python3', ['-c', check], { input })).toBe('valid\n');
    },
  );
});
