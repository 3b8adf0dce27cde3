import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { summarizeFeedback } from './feedback-summary';
import { feedbackProject } from './test-support/feedback-project';
import { sampleProject } from './test-support/sample-project';

let project: Project;
beforeAll(async () => {
  project = await feedbackProject();
});

describe('summarizeFeedback', () => {
  it('counts threads, their state, orphans, replies and anonymous ones', () => {
    expect(summarizeFeedback(project).totals).toEqual({
      comments: 6,
      open: 4,
      resolved: 2,
      orphaned: 1,
      replies: 2,
      awaitingReply: 3,
      anonymous: 2,
    });
  });

  it('counts every section in charter order, those without comments too', () => {
    const { sections, withoutSection } = summarizeFeedback(project);
    expect(sections.map((section) => section.sectionId)).toEqual(
      project.sections.map((section) => section.id),
    );
    const commented = sections.filter((section) => section.total > 0);
    expect(commented).toEqual([
      { sectionId: 'scope', title: 'À qui et où elle s’applique', total: 2, open: 2, resolved: 0 },
      {
        sectionId: 'worktime',
        title: 'Temps de travail et équipements',
        total: 1,
        open: 1,
        resolved: 0,
      },
      // The orphan stays with the clause it was written on.
      {
        sectionId: 'brand',
        title: 'Notre marque et nos prises de parole',
        total: 1,
        open: 1,
        resolved: 0,
      },
      { sectionId: 'security', title: 'La sécurité des comptes', total: 1, open: 0, resolved: 1 },
      { sectionId: 'conduct', title: 'Bien s’exprimer en ligne', total: 1, open: 0, resolved: 1 },
    ]);
    expect(withoutSection).toEqual({ total: 0, open: 0, resolved: 0 });
  });

  it('counts threads on a clause the charter dropped apart from any section', () => {
    const dropped: Project = {
      ...project,
      sections: project.sections.map((section) => ({
        ...section,
        clauses: section.clauses.filter((clause) => clause.id !== 'brand.policy'),
      })),
    };
    const summary = summarizeFeedback(dropped);
    expect(summary.withoutSection).toEqual({ total: 1, open: 1, resolved: 0 });
    expect(summary.sections.find((section) => section.sectionId === 'brand')?.total).toBe(0);
    expect(summary.awaitingReply.at(-1)).toMatchObject({
      commentId: 'communication-news',
      sectionId: null,
      sectionTitle: null,
      clauseId: 'brand.policy',
      clauseTitle: null,
      orphaned: true,
    });
  });

  it('counts every role, anonymous comments under employee and again on their own', () => {
    const { roles, anonymous } = summarizeFeedback(project);
    expect(roles).toEqual([
      { role: 'hr', total: 1, open: 0, resolved: 1 },
      { role: 'legal', total: 1, open: 1, resolved: 0 },
      { role: 'it', total: 1, open: 0, resolved: 1 },
      { role: 'communication', total: 1, open: 1, resolved: 0 },
      { role: 'employee', total: 2, open: 2, resolved: 0 },
    ]);
    expect(anonymous).toEqual({ total: 2, open: 2, resolved: 0 });
  });

  it('lists the open threads nobody answered, in document order, orphans last, no name for anonymous ones', () => {
    const { awaitingReply } = summarizeFeedback(project);
    expect(awaitingReply.map((thread) => thread.commentId)).toEqual([
      'legal-interns',
      'anonymous-breaks',
      'communication-news',
    ]);
    expect(awaitingReply[0]).toEqual({
      commentId: 'legal-interns',
      sectionId: 'scope',
      sectionTitle: 'À qui et où elle s’applique',
      clauseId: 'scope.people',
      clauseTitle: 'À qui s’adresse la charte',
      quote: 'toutes les personnes',
      author: 'Claire Martin',
      role: 'legal',
      anonymous: false,
      orphaned: false,
      createdAt: '2026-03-02T10:00:00.000Z',
      text: 'Préciser le cas des stagiaires.',
    });
    expect(awaitingReply[1]).toMatchObject({ author: null, role: 'employee', anonymous: true });
    expect(awaitingReply[2]).toMatchObject({ orphaned: true, sectionId: 'brand' });
  });

  it('describes the project as of its last change, with nothing to count on a fresh charter', async () => {
    const fresh = await sampleProject();
    const summary = summarizeFeedback(fresh);
    expect(summary.asOf).toBe(fresh.meta.updatedAt);
    expect(summary.title).toBe(fresh.meta.title);
    expect(summary.totals.comments).toBe(0);
    expect(summary.sections.every((section) => section.total === 0)).toBe(true);
    expect(summary.awaitingReply).toEqual([]);
  });
});
