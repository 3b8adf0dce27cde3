import { beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import { parseProject, serializeProject } from '../store/project-file';
import { assertReviewCopyOf } from './assert-review-copy';
import { createComment } from './create-comment';
import { makeReviewCopy } from './make-review-copy';
import { sampleProject } from './test-support/sample-project';

let original: Project;
beforeAll(async () => {
  original = createComment(await sampleProject('original'), {
    clauseId: 'scope.sites',
    quote: 'en télétravail',
    text: 'Et le coworking ?',
    author: { name: 'Inès Bernard', role: 'hr' },
    now: '2026-03-02T10:00:00.000Z',
  }).project;
});

describe('makeReviewCopy', () => {
  it('keeps the charter and its comments under a new id, marked with its source', () => {
    const copy = makeReviewCopy(original, { id: 'copy-1', now: '2026-03-03T08:00:00.000Z' });
    expect(copy).toEqual({
      ...original,
      id: 'copy-1',
      review: { sourceId: 'original', copiedAt: '2026-03-03T08:00:00.000Z' },
    });
    expect(parseProject(serializeProject(copy), 'copy.charter')).toEqual(copy);
  });

  it('keeps files without the mark loading as they did', () => {
    const parsed = Project.parse(JSON.parse(serializeProject(original)));
    expect(parsed).not.toHaveProperty('review');
  });
});

describe('assertReviewCopyOf', () => {
  it('accepts a copy of the original only', () => {
    const copy = makeReviewCopy(original, { id: 'copy-1', now: '2026-03-03T08:00:00.000Z' });
    expect(() => assertReviewCopyOf(original, copy)).not.toThrow();
    expect(() => assertReviewCopyOf(original, original, 'original.charter')).toThrow(
      'original.charter is not a review copy: make one with "charter review-copy" and send that.',
    );
    const other = makeReviewCopy(
      { ...original, id: 'other' },
      { id: 'copy-2', now: '2026-03-03T08:00:00.000Z' },
    );
    expect(() => assertReviewCopyOf(original, other, 'b.charter')).toThrow(
      'b.charter is a review copy of another charter (other), not of this one (original).',
    );
  });
});
