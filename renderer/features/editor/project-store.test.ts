import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/project';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import type { RichTextDoc } from '../../../src/model/rich-text';
import type { Approval, SignOffRequest, Version } from '../../../src/model/sign-off';
import { contentOf } from '../../../src/signoff/version-content';
import { doc, p, text } from '../../../src/rich-text/test-support/rich-text-builders';
import { ProjectStore } from './project-store';

const body = (value: string): RichTextDoc => doc(p(text(value)));

const project = projectFixture([
  { id: 's1', title: 'S1', owner: 'hr', clauses: [{ id: 'c1', owner: 'hr', body: body('a') }] },
  { id: 's2', title: 'S2', owner: 'it', clauses: [{ id: 'c2', owner: 'it', body: body('b') }] },
]);

describe('ProjectStore', () => {
  it('is dirty until a new project is first saved', () => {
    const store = new ProjectStore(project, null);
    expect(store.isDirty()).toBe(true);
    store.markSaved(project, '/x.charter', project);
    expect(store.isDirty()).toBe(false);
  });

  it('replaces one clause body and keeps every other section as it was', () => {
    const store = new ProjectStore(project, '/x.charter');
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.updateClauseBody('s1', 'c1', body('changed'));
    const { project: edited } = store.getDocument();
    expect(edited.sections[0]?.clauses[0]?.body).toEqual(body('changed'));
    expect(edited.sections[1]).toBe(project.sections[1]);
    expect(store.isDirty()).toBe(true);
    expect(notified).toBe(1);
  });

  it('keeps its own objects after a save and adopts only the new modification time', () => {
    const store = new ProjectStore(project, '/x.charter');
    store.updateClauseBody('s1', 'c1', body('edited'));
    const sent = store.getDocument().project;
    const fromServer = structuredClone({ ...sent, meta: { ...sent.meta, updatedAt: 'later' } });
    store.markSaved(sent, '/x.charter', fromServer);
    const saved = store.getDocument().project;
    expect(saved.meta.updatedAt).toBe('later');
    expect(saved.sections).toBe(sent.sections);
    expect(saved.meta.title).toBe(sent.meta.title);
    expect(store.isDirty()).toBe(false);
  });

  it('keeps edits made while a save was in flight', () => {
    const store = new ProjectStore(project, '/x.charter');
    store.updateClauseBody('s1', 'c1', body('sent'));
    const sent = store.getDocument().project;
    store.updateClauseBody('s1', 'c1', body('typed during the save'));
    store.markSaved(sent, '/y.charter', { ...sent, meta: { ...sent.meta, updatedAt: 'later' } });
    const document = store.getDocument();
    expect(document.path).toBe('/y.charter');
    expect(document.project.sections[0]?.clauses[0]?.body).toEqual(body('typed during the save'));
    expect(document.project.meta.updatedAt).toBe('later');
    expect(document.saved?.sections[0]?.clauses[0]?.body).toEqual(body('sent'));
    expect(store.isDirty()).toBe(true);
  });

  it('stays dirty while a clause holds an edit the model refused, even after a save', () => {
    const store = new ProjectStore(project, '/x.charter');
    store.rejectClauseBody('c1');
    expect(store.getDocument().rejectedClauseIds.has('c1')).toBe(true);
    expect(store.isDirty()).toBe(true);
    const sent = store.getDocument().project;
    store.markSaved(sent, '/x.charter', sent);
    expect(store.isDirty()).toBe(true);
    store.updateClauseBody('s1', 'c1', body('fixed'));
    expect(store.getDocument().rejectedClauseIds.size).toBe(0);
    store.markSaved(store.getDocument().project, '/x.charter', store.getDocument().project);
    expect(store.isDirty()).toBe(false);
  });

  it('takes a whole new project as unsaved work, and asks for new clause editors', () => {
    const store = new ProjectStore(project, '/x.charter');
    store.rejectClauseBody('c1');
    const regenerated = { ...project, answers: { 'company.name': 'ACME' } };
    store.replaceProject(regenerated);
    const document = store.getDocument();
    expect(document.project).toBe(regenerated);
    expect(document.revision).toBe(1);
    expect(document.rejectedClauseIds.size).toBe(0);
    expect(document.path).toBe('/x.charter');
    expect(store.isDirty()).toBe(true);
  });

  it('changes the project without rebuilding the clause editors', () => {
    const store = new ProjectStore(project, '/x.charter');
    store.updateProject((current) => ({ ...current, comments: [] }));
    expect(store.isDirty()).toBe(true);
    expect(store.getDocument().revision).toBe(0);
  });
});

const FINGERPRINT = `sha256:${'a'.repeat(64)}`;
const LATER = '2026-12-01T10:00:00.000Z';

const approval = (role: Approval['role']): Approval => ({
  versionNumber: 1,
  role,
  name: role,
  decision: 'approved',
  date: '2026-11-30T09:00:00Z',
  fingerprint: FINGERPRINT,
});

const request: SignOffRequest = {
  requestedAt: '2026-11-29T09:00:00Z',
  roles: ['hr', 'legal', 'it'],
  fingerprint: FINGERPRINT,
  content: contentOf(project),
};

/** The project waiting for sign-off of its text, HR and legal having approved. */
const requested: Project = {
  ...project,
  meta: { ...project.meta, status: 'sign-off-requested' },
  signOff: { ...project.signOff, request },
  approvals: [approval('hr'), approval('legal')],
};

const version1: Version = {
  number: 1,
  status: 'signed-off',
  createdAt: '2026-11-30T09:00:00Z',
  fingerprint: FINGERPRINT,
  roles: ['hr', 'legal', 'it'],
  content: contentOf(project),
};
const signedOff: Project = {
  ...project,
  meta: { ...project.meta, status: 'signed-off' },
  versions: [version1],
};

describe('ProjectStore and the sign-off lifecycle', () => {
  it('withdraws a pending request on an edit, and says how many decisions no longer count', () => {
    const store = new ProjectStore(requested, '/x.charter', () => LATER);
    store.updateClauseBody('s1', 'c1', body('changed after the request'));
    const { project: edited, lifecycleNotice } = store.getDocument();
    expect(edited.meta.status).toBe('draft');
    expect(edited.signOff.request).toBeUndefined();
    expect(edited.approvals.map((decision) => decision.invalidatedAt)).toEqual([LATER, LATER]);
    expect(edited.history.at(-1)).toMatchObject({ at: LATER, kind: 'withdrawn' });
    expect(lifecycleNotice).toEqual({ kind: 'withdrawn', invalidated: 2 });
  });

  it('starts a draft when a signed-off text is edited; the version stays as it was', () => {
    const store = new ProjectStore(signedOff, '/x.charter', () => LATER);
    store.updateClauseBody('s2', 'c2', body('a new rule'));
    const { project: edited, lifecycleNotice } = store.getDocument();
    expect(edited.meta.status).toBe('draft');
    expect(edited.versions).toEqual([version1]);
    expect(lifecycleNotice).toEqual({ kind: 'reopened', fromVersion: 1 });
  });

  it('follows a change made anywhere: a regeneration withdraws the request too', () => {
    const store = new ProjectStore(requested, '/x.charter', () => LATER);
    store.replaceProject({ ...requested, meta: { ...requested.meta, title: 'Nouvelle charte' } });
    expect(store.getDocument().project.meta.status).toBe('draft');
    expect(store.getDocument().lifecycleNotice).toEqual({ kind: 'withdrawn', invalidated: 2 });
  });

  it('leaves the lifecycle alone when the text does not change', () => {
    const store = new ProjectStore(signedOff, '/x.charter', () => LATER);
    // The same text written by an editor as a new object: nothing to withdraw or reopen.
    store.updateClauseBody('s1', 'c1', body('a'));
    store.updateProject((current) => ({ ...current, comments: [] }));
    expect(store.getDocument().project.meta.status).toBe('signed-off');
    expect(store.getDocument().lifecycleNotice).toBeNull();

    const pending = new ProjectStore(requested, '/x.charter', () => LATER);
    pending.updateProject((current) => ({
      ...current,
      approvals: [...current.approvals, approval('it')],
    }));
    expect(pending.getDocument().project.meta.status).toBe('sign-off-requested');
    expect(pending.getDocument().project.approvals.every((a) => !a.invalidatedAt)).toBe(true);
  });

  it('keeps the notice until it is dismissed or the draft is sent for sign-off again', () => {
    const store = new ProjectStore(requested, '/x.charter', () => LATER);
    store.updateClauseBody('s1', 'c1', body('one'));
    store.updateClauseBody('s1', 'c1', body('two'));
    expect(store.getDocument().lifecycleNotice).toEqual({ kind: 'withdrawn', invalidated: 2 });
    store.dismissLifecycleNotice();
    expect(store.getDocument().lifecycleNotice).toBeNull();

    store.updateClauseBody('s1', 'c1', body('three'));
    expect(store.getDocument().lifecycleNotice).toBeNull();
    store.replaceProject(signedOff);
    store.updateClauseBody('s1', 'c1', body('four'));
    expect(store.getDocument().lifecycleNotice).toEqual({ kind: 'reopened', fromVersion: 1 });
    // Sign-off requested again, on the text as it now is.
    store.updateProject((current) => ({
      ...current,
      meta: { ...current.meta, status: 'sign-off-requested' },
      signOff: { ...current.signOff, request: { ...request, content: contentOf(current) } },
    }));
    expect(store.getDocument().lifecycleNotice).toBeNull();
  });
});
