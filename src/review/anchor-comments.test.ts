import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { regenerateProject } from '../template/regenerate-project';
import { anchorText } from './anchor-text';
import { anchorComments } from './anchor-comments';
import { createComment } from './create-comment';
import { loadSample, sampleProject, withClauseBody } from './test-support/sample-project';

const NOW = '2026-03-02T10:00:00.000Z';
const AUTHOR = { name: 'Claire Martin', role: 'legal' as const };

let project: Project;
beforeAll(async () => {
  project = await sampleProject();
});

function commented(base: Project, clauseId: string, quote: string): Project {
  return createComment(base, {
    clauseId,
    quote,
    text: 'À revoir.',
    author: AUTHOR,
    now: NOW,
    id: 'c1',
  }).project;
}

function clauseTextOf(target: Project, clauseId: string): string {
  const clause = target.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
  return clause ? anchorText(clause.body) : '';
}

function passage(target: Project, result: ReturnType<typeof anchorComments>[number]): string {
  if (result.status === 'orphaned') return '';
  return clauseTextOf(target, result.clauseId).slice(result.offset, result.offset + result.length);
}

describe('anchorComments', () => {
  it('finds an untouched comment where it was', () => {
    const withComment = commented(project, 'scope.sites', 'en télétravail');
    const [result] = anchorComments(withComment);
    expect(result).toMatchObject({ status: 'anchored', clauseId: 'scope.sites' });
    expect(result && passage(withComment, result)).toBe('en télétravail');
  });

  it('follows its passage when text is added before it, and picks the right repetition', () => {
    const withComment = commented(project, 'intro.purpose', 'on y apprend');
    const edited = withClauseBody(
      withComment,
      'intro.purpose',
      doc(
        p(text(`Préambule ajouté : on y apprend. ${clauseTextOf(withComment, 'intro.purpose')}`)),
      ),
    );
    const [result] = anchorComments(edited);
    expect(result).toMatchObject({ status: 'anchored', clauseId: 'intro.purpose' });
    const original = withComment.comments[0]?.anchor.offset ?? 0;
    if (result?.status !== 'anchored') throw new Error('expected an anchor');
    // The context chose the old passage, not the copy of the quote in the new preamble.
    expect(result.offset).toBe(original + 'Préambule ajouté : on y apprend. '.length);
  });

  it('finds a quote that moved to another clause', () => {
    const withComment = commented(project, 'scope.sites', 'en télétravail et en déplacement');
    const moved = withClauseBody(
      withClauseBody(withComment, 'scope.sites', doc(p(text('Partout.')))),
      'scope.people',
      doc(p(text('Au bureau, en télétravail et en déplacement.'))),
    );
    expect(anchorComments(moved)).toMatchObject([{ status: 'moved', clauseId: 'scope.people' }]);
  });

  it('survives a regeneration that rewrites words inside its passage', async () => {
    const { template, answers } = await loadSample();
    const withComment = commented(
      project,
      'scope.people',
      'toutes les personnes qui travaillent chez Atelier Pixel & Plume',
    );
    const regenerated = regenerateProject(
      template,
      withComment,
      { ...answers, 'company.name': 'Atelier Pixel et Plume' },
      NOW,
    ).project;
    expect(regenerated.comments).toEqual(withComment.comments);
    const [result] = anchorComments(regenerated);
    expect(result).toMatchObject({ status: 'moved', clauseId: 'scope.people' });
    expect(result && passage(regenerated, result)).toBe(
      'toutes les personnes qui travaillent chez Atelier Pixel et Plume',
    );
  });

  it('keeps a comment whose passage is gone, or whose clause is gone, as an orphan', () => {
    const withComment = commented(
      project,
      'scope.sites',
      'sur nos lieux de travail (Nantes, France)',
    );
    const rewritten = withClauseBody(
      withComment,
      'scope.sites',
      doc(p(text('Au bureau seulement.'))),
    );
    expect(anchorComments(rewritten)).toEqual([
      { comment: withComment.comments[0], status: 'orphaned' },
    ]);
    const removed = {
      ...withComment,
      sections: withComment.sections.map((section) => ({
        ...section,
        clauses: section.clauses.filter((clause) => clause.id !== 'scope.sites'),
      })),
    };
    expect(anchorComments(removed)).toMatchObject([{ status: 'orphaned' }]);
  });
});
