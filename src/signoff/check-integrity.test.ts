import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import { sampleProject } from '../review/test-support/sample-project';
import { checkIntegrity } from './check-integrity';
import { requestSignOff } from './request-sign-off';
import { keysByRole, signOffAll } from './test-support/sign-off-steps';

const NOW = '2026-12-05T10:00:00.000Z';

let signed: Project;
beforeAll(async () => {
  signed = signOffAll(await sampleProject(), NOW, keysByRole()).project;
});

function withVersion(project: Project, change: (version: Version) => Version): Project {
  return { ...project, versions: project.versions.map(change) };
}

const kinds = (project: Project) =>
  checkIntegrity(project).map(({ subject, kind }) => ({ subject, kind }));

describe('checking a project file', () => {
  it('finds nothing in a signed-off version, nor in the draft edited after it', () => {
    expect(checkIntegrity(signed)).toEqual([]);
    const draft: Project = {
      ...signed,
      meta: { ...signed.meta, status: 'draft', title: 'Charte, version 2 en cours' },
    };
    expect(checkIntegrity(draft)).toEqual([]);
  });

  it('finds a version whose stored content no longer gives the text approved', () => {
    const altered = withVersion(signed, (version) => ({
      ...version,
      content: { ...version.content, title: 'Un autre titre' },
    }));
    expect(kinds(altered)).toEqual([{ subject: 1, kind: 'altered' }]);
    expect(checkIntegrity(altered)[0]?.message).toMatch(/changed outside Charter Studio.*title/);
  });

  it('finds a version whose fingerprint was rewritten', () => {
    const rewritten = withVersion(signed, (version) => ({
      ...version,
      fingerprint: `sha256:${'0'.repeat(64)}`,
    }));
    expect(kinds(rewritten)).toContainEqual({ subject: 1, kind: 'altered' });
  });

  it('finds a signed decision whose approver name was changed after signing', () => {
    const renamed: Project = {
      ...signed,
      approvals: signed.approvals.map((approval) =>
        approval.role === 'legal' ? { ...approval, name: 'Quelqu’un d’autre' } : approval,
      ),
    };
    expect(kinds(renamed)).toEqual([{ subject: 1, kind: 'signature' }]);
  });

  it('finds a version a required role never approved', () => {
    const missing: Project = {
      ...signed,
      approvals: signed.approvals.filter((approval) => approval.role !== 'it'),
    };
    expect(kinds(missing)).toEqual([{ subject: 1, kind: 'not-approved' }]);
  });

  it('finds a text waiting for sign-off that no longer reads as frozen', async () => {
    const requested = requestSignOff(await sampleProject(), { now: NOW });
    expect(checkIntegrity(requested)).toEqual([]);
    const { request } = requested.signOff;
    if (!request) throw new Error('no request');
    const altered: Project = {
      ...requested,
      signOff: {
        ...requested.signOff,
        request: { ...request, fingerprint: `sha256:${'1'.repeat(64)}` },
      },
    };
    expect(kinds(altered)).toEqual([{ subject: 'request', kind: 'altered' }]);
  });
});
