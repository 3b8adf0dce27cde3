import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** What the packaged binary is allowed to do, flipped by electron-builder before signing. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml', () => {
  it('sets every security fuse (checklist item 19)', async () => {
    const config = parse(
      await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8'),
    ) as { electronFuses?: Record<string, unknown> };
    expect(config.electronFuses).toMatchObject(REQUIRED_FUSES);
  });
});
