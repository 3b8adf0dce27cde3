import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import { computeFormalities } from './compute-formalities';
import { Formalities } from './formalities';

const ALL_DONE: Answers = {
  'formalities.cseOpinionDate': '2026-01-12',
  'formalities.inspectionSentDate': '2026-01-20',
  'formalities.courtFiledDate': '2026-01-31',
  'formalities.publicityDate': '2026-01-26',
};

describe('computeFormalities', () => {
  it('applies on the règlement intérieur and note de service routes, whatever the headcount', () => {
    const annex = computeFormalities({
      'legal.route': 'reglement-interieur',
      'company.headcount': 8,
    });
    expect(annex.required).toBe(true);
    expect(annex.reason.code).toBe('route-reglement-interieur');
    expect(annex.reason.message).toContain('L1321-4');
    const note = computeFormalities({ 'legal.route': 'note-de-service' });
    expect(note).toMatchObject({ required: true, reason: { code: 'route-note-de-service' } });
    expect(note.reason.message).toContain('L1321-5');
  });

  it('applies to a charter with sanctions from 50 employees, not below and not without sanctions', () => {
    const verdict = (answers: Answers) => computeFormalities(answers).reason.code;
    expect(verdict({ 'sanctions.included': true, 'company.headcount': 50 })).toBe(
      'sanctions-50-or-more',
    );
    expect(verdict({ 'sanctions.included': true, 'company.headcount': 49 })).toBe('not-required');
    expect(verdict({ 'sanctions.included': false, 'company.headcount': 5000 })).toBe(
      'not-required',
    );
    expect(verdict({ 'sanctions.included': true, 'company.headcount': null })).toBe('not-required');
    expect(verdict({ 'legal.route': 'charter', 'sanctions.included': true })).toBe('not-required');
    const none = computeFormalities({});
    expect(none.required).toBe(false);
    expect(none.reason.message).toMatch(/do not apply/);
  });

  it('lists every step in legal order, undone and missing until dated', () => {
    const formalities = computeFormalities({ 'legal.route': 'reglement-interieur' });
    expect(formalities.steps).toEqual([
      { id: 'cse-opinion', date: null, done: false },
      { id: 'labour-inspectorate', date: null, done: false },
      { id: 'conseil-prud-hommes', date: null, done: false },
      { id: 'publicity', date: null, done: false },
    ]);
    expect(formalities.missing).toEqual([
      'cse-opinion',
      'labour-inspectorate',
      'conseil-prud-hommes',
      'publicity',
    ]);
    expect(formalities.earliestEffectiveDate).toBeNull();
    expect(formalities.warnings).toEqual([]);
  });

  it('takes effect one calendar month after the last formality, not the last in legal order', () => {
    const formalities = computeFormalities({ 'legal.route': 'reglement-interieur', ...ALL_DONE });
    expect(formalities.steps.every((step) => step.done)).toBe(true);
    expect(formalities.missing).toEqual([]);
    // The filing on 31 January is the last: one month later is the end of February.
    expect(formalities.earliestEffectiveDate).toBe('2026-02-28');
    expect(formalities.warnings).toEqual([]);
    expect(Formalities.parse(formalities)).toEqual(formalities);
  });

  it('takes effect on the date chosen, or else on the earliest date', () => {
    const dated: Answers = { 'legal.route': 'reglement-interieur', ...ALL_DONE };
    expect(computeFormalities(dated).effectiveDate).toBe('2026-02-28');
    const chosen = computeFormalities({ ...dated, 'formalities.effectiveDate': '2026-04-01' });
    expect(chosen).toMatchObject({
      earliestEffectiveDate: '2026-02-28',
      effectiveDate: '2026-04-01',
    });
    const pending = {
      'legal.route': 'reglement-interieur',
      'formalities.effectiveDate': '2026-09-01',
    };
    expect(computeFormalities(pending).effectiveDate).toBe('2026-09-01');
    expect(computeFormalities({ 'legal.route': 'reglement-interieur' }).effectiveDate).toBeNull();
  });

  it('has no effective date while one step is missing, and names it', () => {
    const formalities = computeFormalities({
      ...ALL_DONE,
      'formalities.publicityDate': '  ',
      'sanctions.included': true,
      'company.headcount': 300,
    });
    expect(formalities.missing).toEqual(['publicity']);
    expect(formalities.earliestEffectiveDate).toBeNull();
    expect(formalities.steps[3]).toEqual({ id: 'publicity', date: null, done: false });
  });

  it('warns of a step done before the CSE opinion', () => {
    const formalities = computeFormalities({
      'legal.route': 'reglement-interieur',
      ...ALL_DONE,
      'formalities.courtFiledDate': '2026-01-05',
    });
    expect(formalities.warnings).toEqual([
      {
        code: 'before-cse-opinion',
        step: 'conseil-prud-hommes',
        message: expect.stringMatching(
          /^The filing at the conseil de prud’hommes \(2026-01-05\) is dated before the CSE opinion \(2026-01-12\).*again after the opinion/,
        ),
      },
    ]);
    // A filing made before the opinion must be made again: no effective date can be promised yet.
    expect(formalities.steps[2]).toEqual({
      id: 'conseil-prud-hommes',
      date: '2026-01-05',
      done: false,
    });
    expect(formalities.missing).toEqual(['conseil-prud-hommes']);
    expect(formalities.earliestEffectiveDate).toBeNull();
  });

  it('counts a date that is not YYYY-MM-DD as not done, with a warning naming the answer', () => {
    const formalities = computeFormalities({
      ...ALL_DONE,
      'formalities.cseOpinionDate': '12/01/2026',
      'formalities.inspectionSentDate': 20260120,
    });
    expect(formalities.missing).toEqual(['cse-opinion', 'labour-inspectorate']);
    expect(formalities.warnings.map((warning) => [warning.code, warning.step])).toEqual([
      ['invalid-date', 'cse-opinion'],
      ['invalid-date', 'labour-inspectorate'],
    ]);
    expect(formalities.warnings[0]?.message).toContain('formalities.cseOpinionDate');
  });

  it('leaves out the CSE opinion when the company has no CSE', () => {
    const formalities = computeFormalities({
      'legal.route': 'reglement-interieur',
      'legal.cse': false,
      ...ALL_DONE,
      'formalities.inspectionSentDate': '2026-01-02',
    });
    expect(formalities.steps.map((step) => step.id)).toEqual([
      'labour-inspectorate',
      'conseil-prud-hommes',
      'publicity',
    ]);
    expect(formalities.warnings).toEqual([]);
    expect(formalities.earliestEffectiveDate).toBe('2026-02-28');
    expect(computeFormalities({ 'legal.cse': true }).steps).toHaveLength(4);
  });

  it('reads only the answers it knows, never object internals', () => {
    const answers = JSON.parse('{"__proto__": {"legal.route": "reglement-interieur"}}') as Answers;
    expect(computeFormalities(answers).required).toBe(false);
  });
});
