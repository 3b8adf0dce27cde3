import { describe, expect, it } from 'vitest';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import type { RichTextDoc } from '../../../src/model/rich-text';
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
