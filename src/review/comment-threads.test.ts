import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { createComment } from './create-comment';
import { replyToComment } from './reply-to-comment';
import { setCommentStatus } from './set-comment-status';
import { sampleProject } from './test-support/sample-project';

const HR = { name: 'Inès Bernard', role: 'hr' as const };
let project: Project;
beforeAll(async () => {
  const base = await sampleProject();
  project = createComment(base, {
    clauseId: 'scope.people',
    quote: 'les stagiaires',
    text: 'Et les alternants ?',
    anonymous: true,
    now: '2026-03-02T10:00:00.000Z',
    id: 'c1',
  }).project;
});

describe('replyToComment', () => {
  it('adds a reply at the end of the thread, anonymous ones without a name', () => {
    const replied = replyToComment(project, {
      commentId: 'c1',
      text: 'Ils sont inclus.',
      author: HR,
      now: '2026-03-03T10:00:00.000Z',
      id: 'r1',
    });
    const again = replyToComment(replied, {
      commentId: 'c1',
      text: 'Merci !',
      anonymous: true,
      now: '2026-03-04T10:00:00.000Z',
      id: 'r2',
    });
    expect(again.comments[0]?.replies).toEqual([
      {
        id: 'r1',
        author: HR,
        anonymous: false,
        createdAt: '2026-03-03T10:00:00.000Z',
        text: 'Ils sont inclus.',
      },
      {
        id: 'r2',
        author: { name: 'anonymous', role: 'employee' },
        anonymous: true,
        createdAt: '2026-03-04T10:00:00.000Z',
        text: 'Merci !',
      },
    ]);
    expect(again.meta.updatedAt).toBe('2026-03-04T10:00:00.000Z');
  });

  it('refuses an unknown comment', () => {
    expect(() =>
      replyToComment(project, {
        commentId: 'nope',
        text: 'x',
        author: HR,
        now: '2026-03-03T10:00:00.000Z',
      }),
    ).toThrow('There is no comment "nope" in this charter.');
  });
});

describe('setCommentStatus', () => {
  it('resolves and reopens, recording when the status changed', () => {
    const resolved = setCommentStatus(project, {
      commentId: 'c1',
      status: 'resolved',
      now: '2026-03-05T10:00:00.000Z',
    });
    expect(resolved.comments[0]).toMatchObject({
      status: 'resolved',
      statusChangedAt: '2026-03-05T10:00:00.000Z',
    });
    const reopened = setCommentStatus(resolved, {
      commentId: 'c1',
      status: 'open',
      now: '2026-03-06T10:00:00.000Z',
    });
    expect(reopened.comments[0]).toMatchObject({
      status: 'open',
      statusChangedAt: '2026-03-06T10:00:00.000Z',
    });
  });

  it('leaves the time alone when the status does not change', () => {
    const same = setCommentStatus(project, {
      commentId: 'c1',
      status: 'open',
      now: '2026-03-05T10:00:00.000Z',
    });
    expect(same.comments[0]).not.toHaveProperty('statusChangedAt');
  });
});
