import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/model/comment';
import type { AnchoredComment } from '../../../src/review/anchor-comments';
import { filterComments } from './comment-filter';

const comment = (
  id: string,
  status: Comment['status'],
  role: Comment['author']['role'],
): Comment => ({
  id,
  anchor: { clauseId: 'c1', exact: 'x', prefix: '', suffix: '' },
  author: { name: id, role },
  anonymous: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  text: id,
  status,
  replies: [],
});

const anchored: AnchoredComment[] = [
  { comment: comment('orphan', 'open', 'it'), status: 'orphaned' },
  {
    comment: comment('late', 'open', 'legal'),
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
    expect(ids(filterComments(anchored, { status: 'all', role: 'all' }, ['c1', 'c2']))).toEqual([
      'early',
      'done',
      'late',
      'orphan',
    ]);
  });

  it('keeps only the status and role asked for', () => {
    expect(ids(filterComments(anchored, { status: 'open', role: 'all' }, ['c1', 'c2']))).toEqual([
      'early',
      'late',
      'orphan',
    ]);
    expect(ids(filterComments(anchored, { status: 'all', role: 'legal' }, ['c1', 'c2']))).toEqual([
      'done',
      'late',
    ]);
  });
});
