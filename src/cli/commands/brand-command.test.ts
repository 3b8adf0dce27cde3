import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markPng } from '../../branding/test-support/drawn-png';
import { createSignedOffSample } from '../../export/test-support/signed-off-project';
import { exportFingerprint } from '../../export/export-document';
import { loadProject, saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-brand-'));
  await saveProject(join(folder, 'charte.charter'), createSignedOffSample().project);
  await writeFile(join(folder, 'logo.png'), markPng(240, 80));
  await writeFile(join(folder, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const brand = (...args: string[]) => runCliIn(folder, 'brand', 'charte.charter', ...args);

describe('charter brand', () => {
  it('keeps the logo and accent, and a signed-off version stays signed off', async () => {
    const before = await loadProject(join(folder, 'charte.charter'));
    const { status, stdout } = await brand('--logo', 'logo.png', '--accent', '#E8B4A0');
    expect(status).toBe(0);
    // A pale colour is darkened in the exports until it reads on white.
    expect(stdout).toMatch(
      /^logo: image\/png, 240 × 80 px\naccent: #e8b4a0, printed as #[0-9a-f]{6}\n$/,
    );
    expect(stdout).not.toContain('printed as #e8b4a0');
    const after = await loadProject(join(folder, 'charte.charter'));
    expect(after.branding).toMatchObject({ accent: '#e8b4a0', logo: { width: 240, height: 80 } });
    expect(after.meta.status).toBe('signed-off');
    expect(exportFingerprint(after)).toBe(exportFingerprint(before));
  });

  it('prints the branding without options, and removes it when asked', async () => {
    expect((await brand()).stdout).toMatch(/^logo: image\/png/);
    expect((await brand('--remove-logo', '--remove-accent')).stdout).toBe(
      'logo: none\naccent: default, printed as #1f4e6b\n',
    );
    expect((await loadProject(join(folder, 'charte.charter'))).branding).toBeUndefined();
  });

  it('refuses an SVG logo and a contradiction, changing nothing', async () => {
    const svg = await brand('--logo', 'logo.svg');
    expect(svg.status).toBe(1);
    expect(svg.stderr).toMatch(/not a PNG or JPEG picture\. Export it as PNG/);
    const both = await brand('--accent', '#123456', '--remove-accent');
    expect(both.status).toBe(2);
    expect((await loadProject(join(folder, 'charte.charter'))).branding).toBeUndefined();
  });
});
