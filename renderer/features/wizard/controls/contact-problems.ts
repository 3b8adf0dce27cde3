import type { Contact } from '../../../../src/model/answers';

/** What is wrong with one row of a contacts list, field by field; empty when nothing is. */
export interface ContactProblems {
  name?: 'required';
  email?: 'invalid';
}

// Deliberately loose: one "@", something on each side, a dot in the domain. The mail server
// is the real judge; this only catches a half-typed address.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function contactProblems(contact: Contact): ContactProblems {
  const problems: ContactProblems = {};
  if (contact.name.trim() === '') problems.name = 'required';
  const email = contact.email?.trim() ?? '';
  if (email !== '' && !EMAIL_SHAPE.test(email)) problems.email = 'invalid';
  return problems;
}

export function hasContactProblems(contact: Contact): boolean {
  return Object.keys(contactProblems(contact)).length > 0;
}
