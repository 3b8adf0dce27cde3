import { describe, expect, it } from 'vitest';
import type { OptionalClause } from '../../../src/template/wizard-types';
import { disabledClausesAfter } from './disabled-clauses-after';

const clause = (clauseId: string): OptionalClause => ({
  clauseId,
  sectionId: 's',
  sectionTitle: 'S',
});
const clauses = ['a', 'b', 'c'].map(clause);

describe('disabledClausesAfter', () => {
  it('switches a clause off or back on, keeping the template’s order', () => {
    expect(disabledClausesAfter(clauses, ['c'], { clauseId: 'a', included: false })).toEqual([
      'a',
      'c',
    ]);
    expect(disabledClausesAfter(clauses, ['a', 'c'], { clauseId: 'c', included: true })).toEqual([
      'a',
    ]);
    expect(disabledClausesAfter(clauses, ['a'], { clauseId: 'a', included: false })).toEqual(['a']);
  });

  it('forgets clauses the template no longer offers as optional', () => {
    expect(disabledClausesAfter(clauses, ['gone', 'b'])).toEqual(['b']);
    expect(disabledClausesAfter([], ['a'])).toEqual([]);
  });
});
