import { describe, expect, it } from 'vitest';
import { contactProblem, formatContact, parseContactsText } from './contact-text';

describe('parseContactsText', () => {
  it('reads contacts separated by ";", each a name then its details', () => {
    expect(
      parseContactsText(
        'Claire Martin <presse@acme.fr>, Head of Communications; IT helpdesk, +33 1 23 45 67 89',
      ),
    ).toEqual({
      contacts: [
        { name: 'Claire Martin', role: 'Head of Communications', email: 'presse@acme.fr' },
        { name: 'IT helpdesk', phone: '+33 1 23 45 67 89' },
      ],
    });
  });

  it('tells an e-mail, a phone and a role apart in any order', () => {
    expect(parseContactsText('Léa, 01 23 45 67 89, lea@acme.fr, DPO ;  ; ')).toEqual({
      contacts: [{ name: 'Léa', role: 'DPO', email: 'lea@acme.fr', phone: '01 23 45 67 89' }],
    });
    expect(parseContactsText('Service RH')).toEqual({ contacts: [{ name: 'Service RH' }] });
  });

  it.each([
    [', rh@acme.fr', 'must start with a name'],
    ['<rh@acme.fr>', 'must start with a name'],
    ['Léa, DPO, Head of Legal', 'gives Léa two roles ("DPO", "Head of Legal")'],
    ['Léa <a@acme.fr>, b@acme.fr', 'gives Léa two e-mail addresses'],
    ['Léa, 0102030405, 0607080910', 'gives Léa two phone numbers'],
    ['Léa, lea@', 'has a contact, Léa, that has "lea@" as e-mail, which is not an address'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseContactsText(text).problem).toContain(problem);
  });
});

describe('contactProblem', () => {
  it('accepts a contact with a name, and refuses anything else', () => {
    // A wizard form sends the fields left blank: they count as not given.
    expect(contactProblem({ name: 'Léa', role: '', email: ' ', phone: '' })).toBe(null);
    expect(contactProblem({ name: 'Léa', email: 'lea@acme.fr', phone: '+33 6 00 00 00 00' })).toBe(
      null,
    );
    expect(contactProblem({ name: ' ' })).toBe('has no name');
    expect(contactProblem({ name: 'Léa', phone: 'call me' })).toContain('which has no digit');
    expect(contactProblem({ name: 'Léa', email: 'lea@' })).toContain('is not an address');
    expect(contactProblem('Léa')).toBe('is not a contact: give at least a name');
  });
});

describe('formatContact', () => {
  it('writes the name, then role, e-mail and phone in parentheses', () => {
    expect(
      formatContact({ name: 'Léa', role: 'DPO', email: 'lea@acme.fr', phone: '+33 6 00' }),
    ).toBe('Léa (DPO, lea@acme.fr, +33 6 00)');
    expect(formatContact({ name: ' Service RH ', role: ' ' })).toBe('Service RH');
  });
});
