import { describe, expect, it } from 'vitest';
import { answersForCore } from './answers-for-core';

describe('answersForCore', () => {
  it('leaves out contact rows without a name and blank optional fields', () => {
    expect(
      answersForCore({
        'media.contact': [
          { name: '  Léa Martin ', role: 'Communication', email: ' ', phone: '' },
          { name: '   ', email: 'x@y.fr' },
        ],
      }),
    ).toEqual({ 'media.contact': [{ name: 'Léa Martin', role: 'Communication' }] });
  });

  it('keeps every other answer as it is', () => {
    const answers = {
      'company.name': 'ACME',
      'company.headcount': 12,
      'advocacy.programme': false,
      'communication.platforms': ['linkedin', 'x'],
      'formalities.cseOpinionDate': '2025-03-01',
      'company.sites': null,
    };
    expect(answersForCore(answers)).toEqual(answers);
  });
});
