import { describe, expect, it } from 'vitest';
import { pageShowsFormalities } from './shows-formalities';

describe('pageShowsFormalities', () => {
  it('is true on the legal page and on any page asking a formality question', () => {
    expect(pageShowsFormalities({ id: 'legal', questions: [] })).toBe(true);
    expect(
      pageShowsFormalities({ id: 'other', questions: [{ id: 'formalities.publicityDate' }] }),
    ).toBe(true);
    expect(pageShowsFormalities({ id: 'other', questions: [{ id: 'legal.route' }] })).toBe(true);
  });

  it('is false elsewhere', () => {
    expect(pageShowsFormalities({ id: 'company', questions: [{ id: 'company.headcount' }] })).toBe(
      false,
    );
  });
});
