import { strFromU8, unzipSync, zipSync } from 'fflate';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { exportProject } from '../export/export-project';
import type { PdfPrinter } from '../export/pdf-printer';
import { minimalPdf } from '../export/test-support/minimal-pdf';
import { requireTool } from '../export/test-support/require-tool';
import { runTool } from '../export/test-support/run-tool';
import { writeHistory } from '../history/write-history';
import type { Project } from '../model/project';
import { approvalPayload } from '../signoff/approval-payload';
import { selectVersion } from '../signoff/select-version';
import { verifySignature } from '../signoff/signing-key';
import { buildEvidencePack } from './build-evidence-pack';
import { sha256Hex } from './pack-manifest';
import { LEGAL_REJECTION, signedOffProject } from './test-support/signed-off-project';

const NOW = '2026-04-01T08:15:00.000Z';
const fakePrinter: PdfPrinter = { print: async () => minimalPdf() };
const deps = { pdfPrinter: fakePrinter };

let project: Project;
beforeAll(() => {
  project = signedOffProject();
});

function file(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} is not in the pack`);
  return bytes;
}

/** A file of the pack as text, its byte order mark kept. */
const text = (files: Record<string, Uint8Array>, name: string): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(file(files, name));

function versionOf(candidate: Project, number: number) {
  const version = candidate.versions.find((each) => each.number === number);
  if (!version) throw new Error(`No version ${number}`);
  return version;
}

describe('buildEvidencePack', () => {
  it('holds the version’s documents, approvals, formalities, audit trail, README and manifest', async () => {
    const pack = await buildEvidencePack(project, 2, deps, NOW);
    expect(pack.version.number).toBe(2);
    const files = unzipSync(pack.bytes);
    expect(Object.keys(files)).toEqual([
      'README.txt',
      'manifest.yaml',
      'charter-v2.pdf',
      'charter-v2.docx',
      'charter-v2.yaml',
      'approvals.yaml',
      'formalities.md',
      'audit-trail.md',
      'audit-trail.csv',
    ]);
    const atVersion = selectVersion(project, 2);
    expect(text(files, 'charter-v2.yaml')).toBe(
      strFromU8(await exportProject(atVersion, 'yaml', deps)),
    );
    // The printed PDF, stamped with the version's fingerprint in its properties.
    expect(text(files, 'charter-v2.pdf')).toMatch(/^%PDF-1\.4\n[\s\S]*\/Subject /);
    expect(strFromU8(file(files, 'charter-v2.docx').subarray(0, 2))).toBe('PK');
    expect(text(files, 'audit-trail.csv')).toBe(writeHistory(project, 'csv'));
    expect(text(files, 'audit-trail.md')).toBe(
      writeHistory({ ...project, meta: { ...project.meta, title: atVersion.meta.title } }, 'md'),
    );
  });

  it('lists every other file in the manifest with its size and SHA-256, and the version it proves', async () => {
    const pack = await buildEvidencePack(project, 'latest', deps, NOW);
    const files = unzipSync(pack.bytes);
    const manifest = parse(text(files, 'manifest.yaml')) as Record<string, unknown>;
    const version = versionOf(project, 2);
    expect(manifest).toEqual({
      format: 'charter-studio/evidence-pack@1',
      charter: { id: project.id, title: 'Charte d’utilisation des réseaux sociaux' },
      version: 2,
      fingerprint: version.fingerprint,
      signedOffAt: version.createdAt,
      createdAt: NOW,
      files: Object.entries(files)
        .filter(([name]) => name !== 'manifest.yaml')
        .map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: sha256Hex(bytes) })),
    });
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // The YAML export carries the same fingerprint as the manifest.
    expect(text(files, 'charter-v2.yaml')).toContain(`fingerprint: ${version.fingerprint}`);
  });

  it('gives each approval with everything its signature covers, and every signature holds', async () => {
    const files = unzipSync((await buildEvidencePack(project, 1, deps, NOW)).bytes);
    const approvals = parse(text(files, 'approvals.yaml')) as {
      version: number;
      fingerprint: string;
      requiredRoles: string[];
      approvals: {
        role: 'hr' | 'legal' | 'it';
        name: string;
        decision: 'approved' | 'rejected';
        date: string;
        reason?: string;
        fingerprint: `sha256:${string}`;
        publicKey: string;
        signature: string;
      }[];
    };
    expect(approvals.version).toBe(1);
    expect(approvals.fingerprint).toBe(versionOf(project, 1).fingerprint);
    expect(approvals.requiredRoles).toEqual(['hr', 'legal', 'it']);
    expect(approvals.approvals.map(({ role, decision }) => `${role} ${decision}`)).toEqual([
      'legal rejected',
      'hr approved',
      'legal approved',
      'it approved',
    ]);
    expect(approvals.approvals[0]?.reason).toBe(LEGAL_REJECTION);
    for (const approval of approvals.approvals) {
      expect(approval.fingerprint).toBe(approvals.fingerprint);
      expect(
        verifySignature(approval.publicKey, approvalPayload(approval), approval.signature),
      ).toBe(true);
    }
    const [, hr] = approvals.approvals;
    if (!hr) throw new Error('No HR approval');
    const forged = { ...hr, name: 'Claire Martinez' };
    expect(verifySignature(forged.publicKey, approvalPayload(forged), forged.signature)).toBe(
      false,
    );
  });

  it('gives the formalities recorded in that version, in the charter’s language', async () => {
    const v1 = text(
      unzipSync((await buildEvidencePack(project, 1, deps, NOW)).bytes),
      'formalities.md',
    );
    const v2 = text(
      unzipSync((await buildEvidencePack(project, 2, deps, NOW)).bytes),
      'formalities.md',
    );
    expect(v1).toMatch(/^# Formalités d’adoption — Version 1\n\nAnnexée au règlement intérieur/);
    expect(v1).toContain('| Avis du comité social et économique (CSE) | À accomplir |');
    expect(v1).toContain('*État enregistré dans la version 1, validée le 4 février 2026.');
    expect(v2).toContain('| Avis du comité social et économique (CSE) | 20 février 2026 |');
    expect(v2).toContain('| Information des salariés (publicité) | À accomplir |');
  });

  it('writes a README in the charter’s language that says how to check the pack', async () => {
    const readme = text(
      unzipSync((await buildEvidencePack(project, 2, deps, NOW)).bytes),
      'README.txt',
    );
    expect(
      readme.startsWith(
        '\uFEFFDOSSIER DE PREUVE — Charte d’utilisation des réseaux sociaux, version 2\r\n',
      ),
    ).toBe(true);
    expect(readme).toContain('validée le 5\u00a0mars\u00a02026');
    expect(readme).toContain(
      '1er\u00a0avril\u00a02026\u00a0à\u00a008:15\u00a0UTC avec Charter Studio.',
    );
    expect(readme).toContain(`  ${versionOf(project, 2).fingerprint}\r\n`);
    expect(readme).toContain(
      '     sha256sum README.txt charter-v2.pdf charter-v2.docx charter-v2.yaml approvals.yaml formalities.md audit-trail.md audit-trail.csv\r\n',
    );
    expect(readme).toContain('     charter verify charter-v2.yaml\r\n');
    expect(readme).not.toMatch(/[^\r]\n/);
    // Wrapped for a fixed-width window; only the command to copy runs longer.
    const long = readme.split('\r\n').filter((line) => line.length > 78);
    expect(long).toEqual([expect.stringMatching(/^ {5}sha256sum README\.txt /)]);
    const english = text(
      unzipSync((await buildEvidencePack(signedOffProject('en'), 1, deps, NOW)).bytes),
      'README.txt',
    );
    expect(english).toContain('\uFEFFEVIDENCE PACK — Charte réseaux sociaux, version 1\r\n');
    expect(english).toContain('signed off on 4\u00a0February\u00a02026');
    expect(english).toContain('     charter verify charter-v1.yaml\r\n');
  });

  it('refuses a version whose stored text no longer gives the fingerprint it was signed with', async () => {
    const altered: Project = {
      ...project,
      versions: project.versions.map((version) => ({
        ...version,
        content: { ...version.content, title: `${version.content.title}.` },
      })),
    };
    expect(
      await buildEvidencePack(altered, 2, deps, NOW).catch((error: unknown) => error),
    ).toMatchObject({
      code: 'export-failed',
      message: expect.stringContaining(
        'version 2 no longer reads as its approvers decided on it (changed: title)',
      ),
    });
  });

  it('writes the same bytes for the same project and instant; the instant changes only README and manifest', async () => {
    // The DOCX carries its own creation time, which the pack does not control.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
    try {
      const first = await buildEvidencePack(project, 2, deps, NOW);
      // Compared by digest: a diff of two large byte arrays takes minutes to print.
      const again = await buildEvidencePack(structuredClone(project), 2, deps, NOW);
      expect(sha256Hex(again.bytes)).toBe(sha256Hex(first.bytes));
      const before = unzipSync(first.bytes);
      const later = unzipSync(
        (await buildEvidencePack(project, 2, deps, '2026-04-02T08:15:00.000Z')).bytes,
      );
      const changed = Object.keys(later).filter(
        (name) => sha256Hex(file(later, name)) !== sha256Hex(file(before, name)),
      );
      expect(changed).toEqual(['README.txt', 'manifest.yaml']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('buildEvidencePack refuses what is not a signed-off version', () => {
  const refusal = (candidate: Project, selector: Parameters<typeof buildEvidencePack>[1]) =>
    buildEvidencePack(candidate, selector, deps, NOW).then(
      () => undefined,
      (error: unknown) => error,
    );

  it('names the versions there are', async () => {
    expect(await refusal(project, 3)).toMatchObject({
      code: 'not-found',
      message: 'Version 3 does not exist: versions are 1, 2.',
    });
  });

  it('says to request sign-off when no version is signed off yet', async () => {
    const draft: Project = { ...project, meta: { ...project.meta, status: 'draft' }, versions: [] };
    expect(await refusal(draft, 'latest')).toMatchObject({
      message:
        'No version has been signed off yet: only a signed-off version can be packed; request sign-off first.',
    });
    expect(await refusal(draft, 1)).toMatchObject({
      message:
        'Version 1 does not exist: no version has been signed off yet, and only a signed-off version can be packed; request sign-off first.',
    });
    expect(await refusal(project, 'draft')).toMatchObject({
      message:
        'The draft cannot be packed: only a signed-off version can be packed. Give a version number, or latest.',
    });
  });

  it('says a version waiting for approvals is not signed off yet', async () => {
    const requested: Project = {
      ...project,
      meta: { ...project.meta, status: 'sign-off-requested' },
    };
    expect(await refusal(requested, 3)).toMatchObject({
      code: 'invalid-input',
      message:
        'Version 3 is not signed off yet: only a signed-off version can be packed, and its sign-off still waits for approvals.',
    });
  });
});

const checkPack = fileURLToPath(new URL('./test-support/check-pack.py', import.meta.url));
const hasPython = requireTool('python3', ['-c', 'import yaml, zipfile, hashlib']);
const hasUnzip = requireTool('unzip', ['-v']);

describe.skipIf(!hasPython)('an evidence pack checked with Python’s zipfile and hashlib', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'charter-pack-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  afterEach(async () => {
    await rm(join(folder, 'out'), { recursive: true, force: true });
  });

  const check = async (path: string) =>
    JSON.parse(await runTool('python3', [checkPack, path])) as {
      names: string[];
      unlisted: string[];
      mismatches: string[];
      badCrc: string | null;
      times: Record<string, number[]>;
    };

  it('matches its manifest, file for file, every file dated the day of sign-off', async () => {
    const zip = join(folder, 'pack.zip');
    await writeFile(zip, (await buildEvidencePack(project, 2, deps, NOW)).bytes);
    const report = await check(zip);
    expect(report).toMatchObject({ unlisted: [], mismatches: [], badCrc: null });
    expect(report.names).toHaveLength(9);
    expect(new Set(Object.values(report.times).map(String))).toEqual(
      new Set([String([2026, 3, 5, 12, 0, 0])]),
    );
  });

  it('no longer matches when one byte of one file changed inside the ZIP', async () => {
    const files = unzipSync((await buildEvidencePack(project, 2, deps, NOW)).bytes);
    const yaml = file(files, 'charter-v2.yaml');
    const last = yaml.length - 2;
    yaml[last] = (yaml[last] ?? 0) ^ 1;
    const zip = join(folder, 'tampered.zip');
    await writeFile(zip, zipSync(files));
    expect(await check(zip)).toMatchObject({ mismatches: ['charter-v2.yaml'], badCrc: null });
  });

  it.skipIf(!hasUnzip)(
    'unzips with unzip, tests clean, and a changed byte on disk shows',
    async () => {
      const zip = join(folder, 'pack.zip');
      await writeFile(zip, (await buildEvidencePack(project, 2, deps, NOW)).bytes);
      expect(await runTool('unzip', ['-t', zip])).toMatch(/No errors detected/);
      const out = join(folder, 'out');
      await runTool('unzip', ['-q', zip, '-d', out]);
      expect((await check(out)).mismatches).toEqual([]);
      const pdf = join(out, 'charter-v2.pdf');
      const bytes = await readFile(pdf);
      bytes[0] = 0x25 ^ 0x01;
      await writeFile(pdf, bytes);
      expect((await check(out)).mismatches).toEqual(['charter-v2.pdf']);
    },
  );
});
