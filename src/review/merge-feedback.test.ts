import { beforeAll, describe, expect, it } from 'vitest';
import type { Author } from '../model/comment';
import { Project } from '../model/project';
import { acceptSuggestion } from './accept-suggestion';
import { createComment } from './create-comment';
import { makeReviewCopy } from './make-review-copy';
import { mergeFeedback } from './merge-feedback';
import { rejectSuggestion } from './reject-suggestion';
import { replyToComment } from './reply-to-comment';
import { setCommentStatus } from './set-comment-status';
import { sampleProject } from './test-support/sample-project';
import { seededRandom } from '../random/seeded-random';

const HR = { name: 'Inès Bernard', role: 'hr' as const };
const LEGAL = { name: 'Claire Martin', role: 'legal' as const };
const MERGED_AT = '2026-03-08T12:00:00.000Z';
const QUOTES = [
  ['scope.people', 'les stagiaires'],
  ['scope.sites', 'en télétravail'],
  ['intro.purpose', 'on y apprend'],
  ['scope.platforms', 'LinkedIn et Instagram'],
] as const;

let original: Project;
beforeAll(async () => {
  const base = await sampleProject('original');
  original = createComment(base, {
    clauseId: 'scope.sites',
    quote: 'Nantes',
    text: 'Et Rennes ?',
    author: HR,
    now: '2026-03-02T10:00:00.000Z',
    id: 'hr-1',
  }).project;
});

function copyOf(project: Project, id: string): Project {
  return makeReviewCopy(project, { id, now: '2026-03-03T08:00:00.000Z' });
}

describe('mergeFeedback', () => {
  it('brings comments, replies and resolutions home, keeping authors and times', () => {
    const legal = replyToComment(
      createComment(copyOf(original, 'legal'), {
        clauseId: 'scope.people',
        quote: 'les stagiaires',
        text: 'Préciser la durée.',
        author: LEGAL,
        now: '2026-03-04T09:00:00.000Z',
        id: 'legal-1',
      }).project,
      {
        commentId: 'hr-1',
        text: 'Non, seulement Nantes.',
        author: LEGAL,
        now: '2026-03-04T09:30:00.000Z',
        id: 'legal-r1',
      },
    );
    const employee = setCommentStatus(
      createComment(copyOf(original, 'employee'), {
        clauseId: 'scope.sites',
        quote: 'en télétravail',
        text: 'Et chez un client ?',
        anonymous: true,
        now: '2026-03-04T08:00:00.000Z',
        id: 'emp-1',
      }).project,
      { commentId: 'hr-1', status: 'resolved', now: '2026-03-04T10:00:00.000Z' },
    );
    const { project, report } = mergeFeedback(original, [legal, employee], {
      now: '2026-03-05T12:00:00.000Z',
    });
    expect(report).toEqual({
      copies: 2,
      newComments: 2,
      newReplies: 1,
      statusChanges: 1,
      decisions: 0,
    });
    expect(project.id).toBe('original');
    expect(project).not.toHaveProperty('review');
    expect(project.comments.map((comment) => comment.id)).toEqual(['hr-1', 'emp-1', 'legal-1']);
    expect(project.comments[0]).toMatchObject({
      status: 'resolved',
      statusChangedAt: '2026-03-04T10:00:00.000Z',
      replies: [{ id: 'legal-r1', author: LEGAL, createdAt: '2026-03-04T09:30:00.000Z' }],
    });
    expect(project.comments[2]).toMatchObject({
      author: LEGAL,
      createdAt: '2026-03-04T09:00:00.000Z',
    });
    expect(project.history.at(-1)).toEqual({
      at: '2026-03-05T12:00:00.000Z',
      kind: 'imported',
      fact: {
        type: 'feedback-merged',
        newComments: 2,
        newReplies: 1,
        statusChanges: 1,
        decisions: 0,
      },
    });
    expect(Project.parse(project)).toEqual(project);
  });

  it('lets the latest change of status win, whichever copy holds it', () => {
    const resolvedEarly = setCommentStatus(copyOf(original, 'a'), {
      commentId: 'hr-1',
      status: 'resolved',
      now: '2026-03-04T10:00:00.000Z',
    });
    const reopenedLater = setCommentStatus(
      setCommentStatus(copyOf(original, 'b'), {
        commentId: 'hr-1',
        status: 'resolved',
        now: '2026-03-04T11:00:00.000Z',
      }),
      { commentId: 'hr-1', status: 'open', now: '2026-03-04T12:00:00.000Z' },
    );
    for (const copies of [
      [resolvedEarly, reopenedLater],
      [reopenedLater, resolvedEarly],
    ]) {
      const { project } = mergeFeedback(original, copies);
      expect(project.comments[0]).toMatchObject({
        status: 'open',
        statusChangedAt: '2026-03-04T12:00:00.000Z',
      });
    }
  });

  it('refuses a copy of another charter, and a file that is no copy', () => {
    const stranger = copyOf({ ...original, id: 'other' }, 'x');
    expect(() => mergeFeedback(original, [stranger])).toThrow(
      /review copy of another charter \(other\)/,
    );
    expect(() => mergeFeedback(original, [original])).toThrow(/is not a review copy/);
  });

  it('changes nothing, and records nothing, when the copies bring nothing new', () => {
    const { project, report } = mergeFeedback(original, [copyOf(original, 'a')], {
      now: '2026-03-05T12:00:00.000Z',
    });
    expect(report).toEqual({
      copies: 1,
      newComments: 0,
      newReplies: 0,
      statusChanges: 0,
      decisions: 0,
    });
    expect(project).toEqual(original);
  });
});

describe('mergeFeedback, for suggestions', () => {
  let withSuggestion: Project;
  beforeAll(() => {
    withSuggestion = createComment(original, {
      clauseId: 'scope.sites',
      quote: 'en télétravail',
      text: '',
      suggestion: 'à distance',
      author: LEGAL,
      now: '2026-03-02T11:00:00.000Z',
      id: 's1',
    }).project;
  });

  function rejectedIn(name: string, by: Author, now: string): Project {
    return rejectSuggestion(copyOf(withSuggestion, name), {
      commentId: 's1',
      reply: { text: `Non, dit ${by.name}.`, author: by, id: `${name}-r` },
      now,
    });
  }

  it('keeps the earliest of conflicting decisions, whatever the order of the copies', () => {
    const later = rejectedIn('a', LEGAL, '2026-03-04T09:00:00.000Z');
    const earlier = rejectedIn('b', HR, '2026-03-04T08:00:00.000Z');
    const reference = mergeFeedback(withSuggestion, [later, earlier], { now: MERGED_AT });
    expect(mergeFeedback(withSuggestion, [earlier, later], { now: MERGED_AT })).toEqual(reference);
    const oneByOne = [later, earlier].reduce(
      (project, copy) => mergeFeedback(project, [copy]).project,
      withSuggestion,
    );
    expect(oneByOne.comments).toEqual(reference.project.comments);
    const merged = reference.project.comments.find((comment) => comment.id === 's1');
    expect(merged?.suggestion?.decision).toEqual({
      status: 'rejected',
      at: '2026-03-04T08:00:00.000Z',
      by: HR.name,
    });
    expect(merged?.replies.map((reply) => reply.id)).toEqual(['b-r', 'a-r']);
    expect(reference.report).toMatchObject({ statusChanges: 1, decisions: 1 });
    expect(reference.project.history.at(-1)?.fact).toEqual({
      type: 'feedback-merged',
      newComments: 0,
      newReplies: 2,
      statusChanges: 1,
      decisions: 1,
    });
  });

  it('never lets a copy undo an acceptance the charter’s text already holds', () => {
    const rejected = rejectedIn('a', HR, '2026-03-04T08:00:00.000Z');
    const accepted = acceptSuggestion(withSuggestion, {
      commentId: 's1',
      now: '2026-03-05T10:00:00.000Z',
      actor: HR.name,
    });
    const { project, report } = mergeFeedback(accepted, [rejected, copyOf(withSuggestion, 'b')]);
    expect(project.sections).toEqual(accepted.sections);
    expect(project.comments.find((comment) => comment.id === 's1')).toMatchObject({
      anchor: { exact: 'à distance' },
      suggestion: { decision: { status: 'accepted', at: '2026-03-05T10:00:00.000Z' } },
      status: 'resolved',
    });
    expect(report.decisions).toBe(0);
  });
});

/** A reviewer's copy after a few random comments, replies, resolutions and reopenings. */
function reviewedCopy(next: () => number, name: string): Project {
  let copy = copyOf(original, name);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Few distinct instants, so that ties between copies happen too.
  const instant = () => `2026-03-0${4 + Math.floor(next() * 3)}T10:00:00.000Z`;
  const steps = 1 + Math.floor(next() * 6);
  for (let step = 0; step < steps; step += 1) {
    const kind = next();
    const ids = copy.comments.map((comment) => comment.id);
    if (kind < 0.4) {
      const [clauseId, quote] = pick(QUOTES);
      copy = createComment(copy, {
        clauseId,
        quote,
        text: `Remarque ${name}-${step}`,
        author: LEGAL,
        anonymous: next() < 0.3,
        now: instant(),
        id: `${name}-c${step}`,
      }).project;
    } else if (kind < 0.7) {
      copy = replyToComment(copy, {
        commentId: pick(ids),
        text: `Réponse ${name}-${step}`,
        author: HR,
        now: instant(),
        id: `${name}-r${step}`,
      });
    } else {
      copy = setCommentStatus(copy, {
        commentId: pick(ids),
        status: next() < 0.5 ? 'open' : 'resolved',
        now: instant(),
      });
    }
  }
  return copy;
}

describe('mergeFeedback, whatever the copies hold', () => {
  const SEEDS = Array.from({ length: 40 }, (_, index) => index + 1);
  const NOW = { now: '2026-03-09T12:00:00.000Z' };

  it.each(SEEDS)('seed %i: the order of the copies does not matter', (seed) => {
    const next = seededRandom(seed);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => reviewedCopy(next, name)) as [
      Project,
      Project,
      Project,
    ];
    const reference = mergeFeedback(original, [a, b, c], NOW);
    for (const order of [
      [a, c, b],
      [b, a, c],
      [b, c, a],
      [c, a, b],
      [c, b, a],
    ])
      expect(mergeFeedback(original, order, NOW)).toEqual(reference);
    // Merging one copy at a time, in any order, gives the same comments as all at once.
    const oneByOne = [c, a, b].reduce(
      (project, copy) => mergeFeedback(project, [copy]).project,
      original,
    );
    expect(oneByOne.comments).toEqual(reference.project.comments);
  });

  it.each(SEEDS)('seed %i: merging a copy again adds nothing', (seed) => {
    const next = seededRandom(seed);
    const [a, b] = ['a', 'b'].map((name) => reviewedCopy(next, name)) as [Project, Project];
    const once = mergeFeedback(original, [a, b], NOW).project;
    const twice = mergeFeedback(once, [a, b, a], { now: '2026-03-10T12:00:00.000Z' });
    expect(twice.project).toEqual(once);
    expect(twice.report).toEqual({
      copies: 3,
      newComments: 0,
      newReplies: 0,
      statusChanges: 0,
      decisions: 0,
    });
  });

  it.each(SEEDS)('seed %i: no comment and no reply is lost', (seed) => {
    const next = seededRandom(seed);
    const copies = ['a', 'b', 'c'].map((name) => reviewedCopy(next, name));
    const { project } = mergeFeedback(original, copies);
    const ids = (target: Project) =>
      target.comments.flatMap((comment) => [
        comment.id,
        ...comment.replies.map((reply) => reply.id),
      ]);
    const merged = new Set(ids(project));
    for (const copy of copies) for (const id of ids(copy)) expect(merged).toContain(id);
    expect(merged.size).toBe(ids(project).length);
  });
});
