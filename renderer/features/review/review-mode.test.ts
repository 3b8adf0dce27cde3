import { describe, expect, it } from 'vitest';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import { reviewModeOf } from './review-mode';

describe('reviewModeOf', () => {
  const project = projectFixture([]);

  it('opens a review copy for comments only, whoever opens it', () => {
    const copy = { ...project, review: { sourceId: 'a', copiedAt: '2026-11-21T09:00:00Z' } };
    expect(reviewModeOf(copy, { name: 'Claire', role: 'hr' })).toBe('review-copy');
    expect(reviewModeOf(copy, null)).toBe('review-copy');
  });

  it('opens any charter for comments only to an employee', () => {
    expect(reviewModeOf(project, { name: 'Inès', role: 'employee' })).toBe('employee');
  });

  it('lets the author and the reviewing teams edit', () => {
    expect(reviewModeOf(project, { name: 'Claire', role: 'hr' })).toBeNull();
    expect(reviewModeOf(project, { name: 'Luc', role: 'legal' })).toBeNull();
    expect(reviewModeOf(project, null)).toBeNull();
    expect(reviewModeOf(project, undefined)).toBeNull();
  });
});
