import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import { withEffectiveDate } from './with-effective-date';

const DATED: Answers = {
  'legal.route': 'reglement-interieur',
  'formalities.cseOpinionDate': '2026-01-12',
  'formalities.inspectionSentDate': '2026-01-20',
  'formalities.courtFiledDate': '2026-01-21',
  'formalities.publicityDate': '2026-01-21',
  'formalities.effectiveDate': null,
};

describe('withEffectiveDate', () => {
  it('gives an unanswered date the earliest legal one, once every step is dated', () => {
    expect(withEffectiveDate(DATED)['formalities.effectiveDate']).toBe('2026-02-21');
    const undated = { ...DATED, 'formalities.publicityDate': null };
    expect(withEffectiveDate(undated)).toBe(undated);
  });

  it('keeps a chosen date, and answers of templates that do not ask for one', () => {
    const chosen = { ...DATED, 'formalities.effectiveDate': '2026-06-01' };
    expect(withEffectiveDate(chosen)).toBe(chosen);
    const { 'formalities.effectiveDate': _asked, ...notAsked } = DATED;
    expect(withEffectiveDate(notAsked)).toBe(notAsked);
  });
});
