import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/project';
import { clauseLocation } from './clause-location';

const doc = { type: 'doc' as const, content: [] };
const project = {
  sections: [
    { id: 's1', title: 'S1', owner: 'hr', clauses: [{ id: 'a', owner: 'hr', body: doc }] },
    {
      id: 's2',
      title: 'S2',
      owner: 'it',
      clauses: [
        { id: 'b', owner: 'it', body: doc },
        { id: 'c', title: 'Surveillance', owner: 'it', body: doc },
      ],
    },
  ],
} as unknown as Project;

describe('clauseLocation', () => {
  it('numbers a clause as the document does', () => {
    expect(clauseLocation(project, 'c')).toEqual({ number: '2.2', title: 'Surveillance' });
    expect(clauseLocation(project, 'a')).toEqual({ number: '1.1', title: undefined });
  });

  it('is null for a clause the charter does not hold', () => {
    expect(clauseLocation(project, 'missing')).toBeNull();
  });
});
