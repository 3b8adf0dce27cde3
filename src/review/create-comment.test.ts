import { beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { Project } from '../model/project';
import { bullets, doc, item, p, text } from '../rich-text/test-support/rich-text-builders';
import { createComment } from './create-comment';
import { sampleProject, withClauseBody } from './test-support/sample-project';

const NOW = '2026-03-02T10:00:00.000Z';
const LEGAL = { name: 'Claire Martin', role: 'legal' as const };
let project: Project;
beforeAll(async () => {
  project = await sampleProject();
});

describe('createComment', () => {
  it('anchors the comment on its quote with prefix, suffix and offset, and records it', () => {
    const { project: after, comment } = createComment(project, {
      clauseId: 'scope.people',
      quote: 'nos 12\n salariés',
      text: '  Et les alternants ?  ',
      author: LEGAL,
      now: NOW,
      id: 'c1',
    });
    expect(comment).toEqual({
      id: 'c1',
      anchor: {
        clauseId: 'scope.people',
        exact: 'nos 12 salariés',
        prefix: 'nt chez Atelier Pixel & Plume : ',
        suffix: ', quel que soit leur contrat, ai',
        offset: expect.any(Number),
      },
      author: LEGAL,
      anonymous: false,
      createdAt: NOW,
      text: 'Et les alternants ?',
      status: 'open',
      replies: [],
    });
    expect(comment.anchor.prefix).toHaveLength(32);
    expect(comment.anchor.suffix).toHaveLength(32);
    expect(after.comments).toEqual([comment]);
    expect(after.meta.updatedAt).toBe(NOW);
    expect(after.history.at(-1)).toEqual({
      at: NOW,
      kind: 'commented',
      actor: 'Claire Martin',
      fact: { type: 'commented', clause: 'scope.people', suggestion: false },
    });
    expect(Project.parse(after)).toEqual(after);
  });

  it('stores no name for an anonymous comment, and files it as an employee’s', () => {
    const { project: after, comment } = createComment(project, {
      clauseId: 'scope.people',
      quote: 'les stagiaires',
      text: 'Merci.',
      author: { name: 'Paul Durand', role: 'it' },
      anonymous: true,
      now: NOW,
    });
    expect(comment.author).toEqual({ name: 'anonymous', role: 'employee' });
    expect(comment.anonymous).toBe(true);
    expect(JSON.stringify(after)).not.toContain('Paul Durand');
    expect(after.history.at(-1)).not.toHaveProperty('actor');
  });

  it('refuses an unknown clause, a quote the clause lacks and a signed comment without a name', () => {
    const base = { text: 'x', author: LEGAL, now: NOW };
    expect(() => createComment(project, { ...base, clauseId: 'nope', quote: 'a' })).toThrow(
      'There is no clause "nope" in this charter.',
    );
    expect(() =>
      createComment(project, { ...base, clauseId: 'scope.people', quote: 'absent ici' }),
    ).toThrow(/Clause "scope\.people" does not contain "absent ici"/);
    expect(() =>
      createComment(project, {
        ...base,
        clauseId: 'scope.people',
        quote: 'stagiaires',
        author: undefined,
      }),
    ).toThrow(CharterError);
    expect(() =>
      createComment(project, {
        ...base,
        clauseId: 'scope.people',
        quote: 'stagiaires',
        text: '  ',
      }),
    ).toThrow(/The comment is not valid/);
  });

  it('picks the occurrence nearest to the selection when the quote repeats', () => {
    const { comment: first } = createComment(project, {
      clauseId: 'intro.purpose',
      quote: 'on y',
      text: 'x',
      author: LEGAL,
      now: NOW,
    });
    const { comment: later } = createComment(project, {
      clauseId: 'intro.purpose',
      quote: 'on y',
      near: (first.anchor.offset ?? 0) + 20,
      text: 'x',
      author: LEGAL,
      now: NOW,
    });
    expect(later.anchor.offset).toBeGreaterThan(first.anchor.offset ?? 0);
    expect(later.anchor.prefix).not.toBe(first.anchor.prefix);
  });

  it('takes a suggestion, trimmed, with or without a reason, and records it as one', () => {
    const { project: after, comment } = createComment(project, {
      clauseId: 'scope.people',
      quote: 'les stagiaires',
      text: '',
      suggestion: '  les stagiaires et les alternants ',
      author: LEGAL,
      now: NOW,
    });
    expect(comment).toMatchObject({
      text: '',
      suggestion: { text: 'les stagiaires et les alternants' },
    });
    expect(comment.suggestion).not.toHaveProperty('decision');
    expect(after.history.at(-1)?.fact).toEqual({
      type: 'commented',
      clause: 'scope.people',
      suggestion: true,
    });
    expect(Project.parse(after)).toEqual(after);
    const deletion = createComment(project, {
      clauseId: 'scope.people',
      quote: 'les stagiaires',
      text: 'Inutile.',
      suggestion: ' ',
      author: LEGAL,
      now: NOW,
    }).comment;
    expect(deletion.suggestion).toEqual({ text: '' });
  });

  it('refuses a suggestion across paragraphs or items, or with line breaks', () => {
    const base = { text: '', author: LEGAL, now: NOW, clauseId: 'scope.sites' };
    const twoBlocks = withClauseBody(
      project,
      'scope.sites',
      doc(p(text('Au bureau.')), bullets(item(p(text('En télétravail.'))))),
    );
    expect(() =>
      createComment(twoBlocks, { ...base, quote: 'bureau. - En', suggestion: 'x' }),
    ).toThrow('Propose new wording for a passage within one paragraph or list item');
    expect(
      createComment(twoBlocks, { ...base, quote: 'bureau. - En', text: 'Trop long ?' }).comment,
    ).not.toHaveProperty('suggestion');
    expect(() =>
      createComment(twoBlocks, { ...base, quote: 'bureau', suggestion: 'siège\nsocial' }),
    ).toThrow('without line breaks');
  });

  it('says why it refuses, for the app to explain it in the reader’s language', () => {
    const reason = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof CharterError ? error.details.reason : undefined;
      }
    };
    const base = { text: 'x', author: LEGAL, now: NOW, clauseId: 'scope.sites' };
    const twoBlocks = withClauseBody(
      project,
      'scope.sites',
      doc(p(text('Au bureau.')), p(text('En télétravail.'))),
    );
    expect(reason(() => createComment(twoBlocks, { ...base, quote: 'absent' }))).toBe(
      'quote-not-found',
    );
    expect(
      reason(() => createComment(twoBlocks, { ...base, quote: 'bureau. En', suggestion: 'x' })),
    ).toBe('several-paragraphs');
    expect(
      reason(() => createComment(twoBlocks, { ...base, quote: 'bureau', suggestion: 'a\nb' })),
    ).toBe('line-break');
  });
});
