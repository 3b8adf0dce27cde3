import { beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import { createComment } from './create-comment';
import { rejectSuggestion } from './reject-suggestion';
import { sampleProject } from './test-support/sample-project';

const NOW = '2026-03-03T10:00:00.000Z';
const HR = { name: 'Inès Bernard', role: 'hr' as const };

let project: Project;
beforeAll(async () => {
  project = createComment(await sampleProject(), {
    clauseId: 'scope.sites',
    quote: 'en télétravail',
    text: '',
    suggestion: 'à distance',
    anonymous: true,
    now: '2026-03-02T10:00:00.000Z',
    id: 's1',
  }).project;
});

describe('rejectSuggestion', () => {
  it('keeps the text, adds the reason as a reply, decides, resolves and records it', () => {
    const rejected = rejectSuggestion(project, {
      commentId: 's1',
      reply: { text: '  Le terme est celui de l’accord.  ', author: HR, id: 'r1' },
      now: NOW,
    });
    expect(rejected.sections).toEqual(project.sections);
    expect(rejected.comments[0]).toMatchObject({
      suggestion: { text: 'à distance', decision: { status: 'rejected', at: NOW, by: HR.name } },
      status: 'resolved',
      statusChangedAt: NOW,
      replies: [{ id: 'r1', author: HR, text: 'Le terme est celui de l’accord.', createdAt: NOW }],
    });
    expect(rejected.meta.updatedAt).toBe(NOW);
    expect(rejected.history.at(-1)).toEqual({
      at: NOW,
      kind: 'commented',
      actor: HR.name,
      // The reviewer chose to stay anonymous: the trail names nobody.
      fact: { type: 'suggestion-rejected', clause: 'scope.sites' },
    });
    expect(Project.parse(rejected)).toEqual(rejected);
  });

  it('names no one for an anonymous reason', () => {
    const rejected = rejectSuggestion(project, {
      commentId: 's1',
      reply: { text: 'Non.', author: HR, anonymous: true },
      now: NOW,
    });
    expect(rejected.comments[0]?.suggestion?.decision).toEqual({ status: 'rejected', at: NOW });
    expect(rejected.history.at(-1)).not.toHaveProperty('actor');
    expect(JSON.stringify(rejected)).not.toContain(HR.name);
  });

  it('wants a reason, and a suggestion still awaiting its decision', () => {
    expect(() =>
      rejectSuggestion(project, { commentId: 's1', reply: { text: ' ', author: HR }, now: NOW }),
    ).toThrow('Say why the suggestion is rejected');
    const rejected = rejectSuggestion(project, {
      commentId: 's1',
      reply: { text: 'Non.', author: HR },
      now: NOW,
    });
    expect(() =>
      rejectSuggestion(rejected, {
        commentId: 's1',
        reply: { text: 'Non.', author: HR },
        now: NOW,
      }),
    ).toThrow(/already rejected/);
  });
});
