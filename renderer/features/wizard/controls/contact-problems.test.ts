import { describe, expect, it } from 'vitest';
import { contactProblems } from './contact-problems';

describe('contactProblems', () => {
  it('needs a name', () => {
    expect(contactProblems({ name: '  ' })).toEqual({ name: 'required' });
    expect(contactProblems({ name: 'Léa' })).toEqual({});
  });

  it('accepts no e-mail or a plausible one, and names a half-typed one', () => {
    expect(contactProblems({ name: 'Léa', email: '' })).toEqual({});
    expect(contactProblems({ name: 'Léa', email: ' lea.martin@acme.fr ' })).toEqual({});
    for (const email of ['lea', 'lea@', 'lea@acme', '@acme.fr', 'lea martin@acme.fr']) {
      expect(contactProblems({ name: 'Léa', email }), email).toEqual({ email: 'invalid' });
    }
  });
});
