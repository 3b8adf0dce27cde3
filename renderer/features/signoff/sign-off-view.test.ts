import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/project';
import type { Approval } from '../../../src/model/sign-off';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import { doc, p, text } from '../../../src/rich-text/test-support/rich-text-builders';
import { followEdits } from '../../../src/signoff/follow-edits';
import { recordDecision } from '../../../src/signoff/record-decision';
import { contentOf } from '../../../src/signoff/version-content';
import { replaceClauseBody } from '../editor/replace-clause-body';
import { signOffView, versionApprovers } from './sign-off-view';

const FIRST = `sha256:${'1'.repeat(64)}`;
const NOW = '2026-12-01T09:00:00Z';

const draft = projectFixture([
  {
    id: 's',
    title: 'S',
    owner: 'hr',
    clauses: [{ id: 'c', owner: 'hr', body: doc(p(text('a'))) }],
  },
]);

/** What `requestSignOff` gives, with a made-up fingerprint (hashing is the host's job). */
function requested(project: Project, fingerprint = FIRST): Project {
  return {
    ...project,
    meta: { ...project.meta, status: 'sign-off-requested' },
    signOff: {
      ...project.signOff,
      request: {
        requestedAt: NOW,
        roles: ['hr', 'legal'],
        fingerprint,
        content: contentOf(project),
      },
    },
  };
}

const decision = (
  project: Project,
  role: Approval['role'],
  name: string,
  verdict: Approval['decision'] = 'approved',
): Project =>
  recordDecision(
    project,
    {
      versionNumber: 1,
      role,
      name,
      decision: verdict,
      date: NOW,
      fingerprint: project.signOff.request?.fingerprint,
      ...(verdict === 'rejected' ? { reason: 'Non' } : {}),
    },
    NOW,
  ).project;

describe('signOffView', () => {
  it('shows a draft as the coming version 1, with nothing pending', () => {
    expect(signOffView(draft)).toEqual({
      versionNumber: 1,
      frozen: false,
      latest: undefined,
      pending: null,
      noLongerCounting: [],
    });
  });

  it('gives each role its latest decision on the pending request', () => {
    let project = requested(draft);
    project = decision(project, 'legal', 'Luc', 'rejected');
    project = decision(project, 'legal', 'Luc');
    const { pending } = signOffView(project);
    expect(pending?.request.fingerprint).toBe(FIRST);
    expect(pending?.decisions.get('legal')?.decision).toBe('approved');
    expect(pending?.decisions.has('hr')).toBe(false);
  });

  it('lists the decisions an edit voided until the version is signed off', () => {
    const approved = decision(requested(draft), 'legal', 'Luc');
    const edited = followEdits(
      replaceClauseBody(approved, 's', 'c', doc(p(text('b')))),
      NOW,
    ).project;
    const view = signOffView(edited);
    expect(view.pending).toBeNull();
    expect(view.noLongerCounting).toMatchObject([
      { role: 'legal', name: 'Luc', invalidatedAt: NOW },
    ]);
  });

  it('names the approvers of a signed-off version, not a role’s earlier refusal', () => {
    let project = requested(draft);
    project = decision(project, 'hr', 'Claire', 'rejected');
    project = decision(project, 'hr', 'Claire');
    project = decision(project, 'legal', 'Luc');
    const view = signOffView(project);
    expect(view).toMatchObject({ versionNumber: 1, frozen: true, pending: null });
    expect(view.latest?.fingerprint).toBe(FIRST);
    if (!view.latest) throw new Error('no version');
    expect(versionApprovers(project, view.latest).map((approval) => approval.name)).toEqual([
      'Claire',
      'Luc',
    ]);
  });
});
