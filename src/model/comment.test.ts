import { describe, expect, it } from 'vitest';
import { Comment } from './comment';

const COMMENT = {
  id: 'c1',
  anchor: { clauseId: 'scope.sites', exact: 'Nantes', prefix: '', suffix: '' },
  author: { name: 'Claire Martin', role: 'legal' },
  createdAt: '2026-03-02T10:00:00.000Z',
};

describe('Comment', () => {
  it('needs a text, unless it suggests new wording', () => {
    expect(Comment.safeParse({ ...COMMENT, text: '' }).error?.issues).toMatchObject([
      { path: ['text'], message: 'A comment needs a text, unless it suggests new wording' },
    ]);
    expect(Comment.parse({ ...COMMENT, text: '', suggestion: { text: '' } })).toMatchObject({
      suggestion: { text: '' },
      status: 'open',
    });
  });

  it('reads a file written before suggestions existed', () => {
    expect(Comment.parse({ ...COMMENT, text: 'Et Rennes ?' })).not.toHaveProperty('suggestion');
  });

  it('refuses a decision that is neither an acceptance nor a rejection', () => {
    const decided = (status: string) => ({
      ...COMMENT,
      text: '',
      suggestion: { text: 'Rennes', decision: { status, at: '2026-03-03T10:00:00.000Z' } },
    });
    expect(Comment.safeParse(decided('accepted')).success).toBe(true);
    expect(Comment.safeParse(decided('maybe')).success).toBe(false);
  });

  it('refuses new wording with a line break, whoever wrote the file', () => {
    const suggesting = (text: string) => ({ ...COMMENT, text: '', suggestion: { text } });
    expect(Comment.safeParse(suggesting('Nantes et Rennes')).success).toBe(true);
    expect(Comment.safeParse(suggesting('Nantes\net Rennes')).error?.issues).toMatchObject([
      { path: ['suggestion', 'text'], message: 'New wording must not hold line breaks' },
    ]);
  });
});
