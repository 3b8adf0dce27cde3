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
  it('prints the published schema of the contract the exports write, byte for byte', async () => {
    const { status, stdout } = await runCliIn(tmpdir(), 'schema');
    expect(status).toBe(0);
    const published = new URL('../../../schemas/charter-export.v1.schema.json', import.meta.url);
    expect(stdout).toBe(await readFile(published, 'utf8'));
    expect((await runCliIn(tmpdir(), 'schema', '--contract', '1')).stdout).toBe(stdout);
  });

  it('refuses a contract that does not exist', async () => {
    const { status, stderr } = await runCliIn(tmpdir(), 'schema', '--contract', '9');
    expect(status).toBe(2);
    expect(stderr).toContain('--contract takes a version from 1 to 1, not "9"');
  });

  it.skipIf(!hasJsonSchema)('validates an export in Python’s jsonschema', async () => {
    const schema = (await runCliIn(tmpdir(), 'schema')).stdout;
    const check = `import json, sys, yaml, jsonschema
schema, document = sys.stdin.read().split('\\f')
jsonschema.Draft202012Validator(json.loads(schema)).validate(yaml.safe_load(document))
print('valid')`;
    const input = `${schema}\f${exportYaml(createSampleProject())}`;
    expect(await runTool('python3', ['-c', check], { input })).toBe('valid\n');
  });
});
