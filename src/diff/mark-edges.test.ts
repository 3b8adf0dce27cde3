import { describe, expect, it } from 'vitest';
import { markEdges } from './mark-edges';

describe('markEdges', () => {
  it('sets the spaces around the words apart', () => {
    expect(markEdges(' au travail ')).toEqual({ before: ' ', marked: 'au travail', after: ' ' });
    expect(markEdges('ne ')).toEqual({ before: '', marked: 'ne', after: ' ' });
    expect(markEdges('est')).toEqual({ before: '', marked: 'est', after: '' });
  });

  it('keeps a change of spaces alone marked', () => {
    expect(markEdges('  ')).toEqual({ before: '', marked: '  ', after: '' });
  });
});
