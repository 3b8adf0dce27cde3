import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/model/clause';
import type { Comment } from '../../../src/model/comment';
import type { AnchoredComment } from '../../../src/review/anchor-comments';
import { filterComments, type CommentFilter } from './comment-filter';

const comment = (
  id: string,
  status: Comment['status'],
  role: Comment['author']['role'],
  clauseId = 'c1',
): Comment => ({
  id,
  anchor: { clauseId, exact: 'x', prefix: '', suffix: '' },
  author: { name: id, role },
  anonymous: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  text: id,
  status,
  replies: [],
});

const section = (id: string, ...clauseIds: string[]): Section => ({
  id,
  title: id,
  owner: 'hr',
  clauses: clauseIds.map((clauseId) => ({
    id: clauseId,
    owner: 'hr',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
  })),
});
const project = { sections: [section('s1', 'c1'), section('s2', 'c2')] };
const ALL: CommentFilter = { status: 'all', role: 'all', section: null };

const anchored: AnchoredComment[] = [
  { comment: comment('orphan', 'open', 'it', 'c2'), status: 'orphaned' },
  { comment: comment('dropped', 'open', 'it', 'gone'), status: 'orphaned' },
  {
    comment: comment('late', 'open', 'legal', 'c2'),
    status: 'anchored',
    clauseId: 'c2',
    offset: 0,
    length: 1,
  },
  {
    comment: comment('done', 'resolved', 'legal'),
    status: 'anchored',
    clauseId: 'c1',
    offset: 9,
    length: 1,
  },
  {
    comment: comment('early', 'open', 'employee'),
    status: 'moved',
    clauseId: 'c1',
    offset: 2,
    length: 1,
  },
];
const ids = (entries: AnchoredComment[]) => entries.map((entry) => entry.comment.id);

describe('filterComments', () => {
  it('lists threads in document order, orphans last', () => {
    expect(ids(filterComments(anchored, ALL, project))).toEqual([
      'early',
      'done',
      'late',
      'orphan',
      'dropped',
    ]);
  });

  it('keeps only the status and role asked for', () => {
    expect(ids(filterComments(anchored, { ...ALL, status: 'open' }, project))).toEqual([
      'early',
      'late',
      'orphan',
      'dropped',
    ]);
    expect(ids(filterComments(anchored, { ...ALL, role: 'legal' }, project))).toEqual([
      'done',
      'late',
    ]);
  });

  it('keeps the section asked for, an orphan in the section it was written in', () => {
    expect(ids(filterComments(anchored, { ...ALL, section: 's2' }, project))).toEqual([
      'late',
      'orphan',
    ]);
    expect(
      ids(filterComments(anchored, { ...ALL, section: 's1', status: 'resolved' }, project)),
    ).toEqual(['done']);
  });
});
