import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Project } from '../model/project';
import type { Approval } from '../model/sign-off';
import { createUserDataStore } from '../settings/user-data-store';
import { approvalPayload } from '../signoff/approval-payload';
import { createFileKeyVault, KEY_FILE_NAME } from '../signoff/file-key-vault';
import { createRecoveryStore } from '../recovery/recovery-store';
import { createProjectLocks } from '../store/project-lock';
import { recordDecision } from '../signoff/record-decision';
import { verifySignature } from '../signoff/signing-key';
import { contract, type OperationName, type RequestOf, type ResponseOf } from './contract';
import { createHandlers } from './create-handlers';
import { dispatch } from './dispatch';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
const noPdf: PdfPrinter = { print: () => Promise.reject(new Error('no PDF in these tests')) };
const NOW = '2026-11-21T09:00:00.000Z';

let folder: string;
let call: (operation: OperationName, payload: unknown) => ReturnType<typeof dispatch>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-signoff-api-'));
  const handlers = createHandlers({
    host: { kind: 'web', appVersion: 'test' },
    templatesDir,
    userData: createUserDataStore(folder),
    keyVault: createFileKeyVault(folder),
    recovery: createRecoveryStore(folder),
    locks: createProjectLocks(),
    pdfPrinter: noPdf,
    now: () => new Date(NOW),
  });
  call = (operation, payload) => dispatch(handlers, operation, payload);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Calls an operation and reads its answer as the renderer's client does: through the contract. */
async function value<K extends OperationName>(
  operation: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const result = await call(operation, payload);
  if (!result.ok) throw new Error(result.error.message);
  return contract[operation].response.parse(result.value) as ResponseOf<K>;
}

async function failure(operation: OperationName, payload: unknown) {
  const result = await call(operation, payload);
  if (result.ok) throw new Error(`${operation} succeeded`);
  return result.error;
}

const draft = () =>
  value('project.create', {
    templateId: 'social-media',
    language: 'fr',
    answers: { 'company.name': 'Dupré', 'company.headcount': 120 },
  });

const decide = (project: Project, role: Approval['role'], name: string, sign: boolean) =>
  value('signOff.prepareDecision', { project, role, name, decision: 'approved', sign });

describe('sign-off operations', () => {
  it('freezes the text for approval, with who asked and when', async () => {
    const { project } = await value('signOff.request', {
      project: await draft(),
      requestedBy: ' Claire Martin ',
    });
    expect(project.meta.status).toBe('sign-off-requested');
    expect(project.signOff.request).toMatchObject({
      requestedAt: NOW,
      requestedBy: 'Claire Martin',
      roles: ['hr', 'legal', 'it'],
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    const { project: twoRoles } = await value('signOff.request', {
      project: await draft(),
      roles: ['hr', 'legal'],
    });
    expect(twoRoles.signOff.request?.roles).toEqual(['hr', 'legal']);
    expect(twoRoles.signOff.request?.requestedBy).toBeUndefined();
  });

  it('prepares a decision on the pending request only, with its reason when refused', async () => {
    const unrequested = await draft();
    expect(
      (
        await failure('signOff.prepareDecision', {
          project: unrequested,
          role: 'hr',
          name: 'Claire',
          decision: 'approved',
          sign: false,
        })
      ).message,
    ).toMatch(/request it first/);

    const { project } = await value('signOff.request', { project: unrequested });
    const { approval } = await decide(project, 'legal', 'Luc Bernard', false);
    expect(approval).toEqual({
      versionNumber: 1,
      role: 'legal',
      name: 'Luc Bernard',
      decision: 'approved',
      date: NOW,
      fingerprint: project.signOff.request?.fingerprint,
    });
    const refusal = {
      project,
      role: 'it',
      name: 'Inès',
      decision: 'rejected',
      sign: false,
    } as const;
    expect((await failure('signOff.prepareDecision', refusal)).message).toMatch(/needs a reason/);
    const reasoned = await value('signOff.prepareDecision', {
      ...refusal,
      reason: ' Article 4 ? ',
    });
    expect(reasoned.approval).toMatchObject({ decision: 'rejected', reason: 'Article 4 ?' });
  });

  it('signs with the user’s key only once there is one, and never replaces it', async () => {
    expect(await value('signing.status', {})).toEqual({ publicKey: null, protection: 'file' });
    const { project } = await value('signOff.request', { project: await draft() });
    const noKey = await failure('signOff.prepareDecision', {
      project,
      role: 'hr',
      name: 'Claire',
      decision: 'approved',
      sign: true,
    });
    expect(noKey).toMatchObject({ code: 'not-found' });
    expect(noKey.message).toMatch(/Créer ma clé de signature/);

    const created = await value('signing.createKey', {});
    expect(created).toEqual({ publicKey: expect.stringMatching(/^ed25519:/), protection: 'file' });
    expect((await stat(join(folder, KEY_FILE_NAME))).mode & 0o777).toBe(0o600);
    expect(await value('signing.createKey', {})).toEqual(created);
    expect(await value('signing.status', {})).toEqual(created);

    const { approval } = await decide(project, 'hr', 'Claire Martin', true);
    expect(approval.publicKey).toBe(created.publicKey);
    const { fingerprint, signature, publicKey } = approval;
    if (!fingerprint || !signature || !publicKey) throw new Error('unsigned approval');
    expect(
      verifySignature(publicKey, approvalPayload({ ...approval, fingerprint }), signature),
    ).toBe(true);
    // The signature covers the name: another name does not verify.
    const forged = approvalPayload({ ...approval, name: 'Someone else', fingerprint });
    expect(verifySignature(publicKey, forged, signature)).toBe(false);
  });

  it('takes a charter from request to version 1 with three signed approvals', async () => {
    await value('signing.createKey', {});
    let { project } = await value('signOff.request', { project: await draft() });
    const fingerprint = project.signOff.request?.fingerprint;
    for (const [role, name] of [
      ['hr', 'Claire Martin'],
      ['legal', 'Luc Bernard'],
      ['it', 'Inès Benali'],
    ] as const) {
      const { approval } = await decide(project, role, name, true);
      project = recordDecision(project, approval, NOW).project;
    }
    expect(project.meta.status).toBe('signed-off');
    expect(project.versions).toEqual([
      expect.objectContaining({ number: 1, status: 'signed-off', fingerprint }),
    ]);
    expect(project.approvals.every((approval) => approval.signature !== undefined)).toBe(true);
    await expect(value('signOff.request', { project })).rejects.toThrow(/already version 1/);
  });
});
