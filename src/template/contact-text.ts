import { Contact } from '../model/answers';

/**
 * Contacts written as one line of text, for the CLI (`--set media.contact=...`): contacts are
 * separated by ";", and each is its name followed by ", "-separated details. A detail with "@" is
 * the e-mail, one made of digits, spaces and `+ . - ( )` is the phone, any other is the role.
 * `Name <email>` is also read, as mail programs write it:
 *
 *   Claire Martin <presse@acme.fr>, Head of Communications; IT helpdesk, +33 1 23 45 67 89
 */

// Loose on purpose, as the wizard checks it: only a half-typed address is refused.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s.()-]+$/;
const ANGLE_EMAIL = /<([^<>]*)>/;

/**
 * Why `value` is not a contact ("has no name"), or null when it is one. A blank role, e-mail or
 * phone counts as not given, as a wizard form sends untouched fields.
 */
export function contactProblem(value: unknown): string | null {
  const parsed = Contact.safeParse(value);
  if (!parsed.success) return 'is not a contact: give at least a name';
  const { name, email = '', phone = '' } = parsed.data;
  if (name.trim() === '') return 'has no name';
  if (email.trim() !== '' && !EMAIL.test(email.trim())) {
    return `has "${email}" as e-mail, which is not an address like name@example.fr`;
  }
  if (phone.trim() !== '' && !/\d/.test(phone)) {
    return `has "${phone}" as phone, which has no digit`;
  }
  return null;
}

/** The contacts written in `text`, or why they cannot be read ("gives Léa two roles…"). */
export function parseContactsText(
  text: string,
): { contacts: Contact[]; problem?: undefined } | { contacts?: undefined; problem: string } {
  const contacts: Contact[] = [];
  for (const entry of text.split(';')) {
    if (entry.trim() === '') continue;
    const contact = readContact(entry);
    if (typeof contact === 'string') return { problem: contact };
    contacts.push(contact);
  }
  return { contacts };
}

/** `Claire Martin (Head of Communications, presse@acme.fr, +33 1 23 45 67 89)`. */
export function formatContact(contact: Contact): string {
  const details = [contact.role, contact.email, contact.phone]
    .map((detail) => detail?.trim() ?? '')
    .filter((detail) => detail !== '');
  const name = contact.name.trim();
  return details.length === 0 ? name : `${name} (${details.join(', ')})`;
}

/** One contact, or what is wrong with it. */
function readContact(entry: string): Contact | string {
  const angle = ANGLE_EMAIL.exec(entry);
  const rest = angle ? entry.replace(ANGLE_EMAIL, '') : entry;
  const [name = '', ...details] = rest.split(',').map((part) => part.trim());
  if (name === '') return `has "${entry.trim()}", which must start with a name`;
  const contact: Contact = { name };
  const emails = angle ? [angle[1]?.trim() ?? ''] : [];
  for (const detail of details.filter((part) => part !== '')) {
    if (detail.includes('@')) emails.push(detail);
    else if (isPhone(detail)) {
      if (contact.phone !== undefined) return `gives ${name} two phone numbers; keep one`;
      contact.phone = detail;
    } else {
      if (contact.role !== undefined) {
        return `gives ${name} two roles ("${contact.role}", "${detail}"); a role cannot contain ","`;
      }
      contact.role = detail;
    }
  }
  if (emails.length > 1) return `gives ${name} two e-mail addresses; keep one`;
  const [email] = emails;
  if (email !== undefined) contact.email = email;
  const problem = contactProblem(contact);
  return problem ? `has a contact, ${name}, that ${problem}` : contact;
}

/** Digits with the usual separators, and enough digits to be a number someone can call. */
function isPhone(text: string): boolean {
  return PHONE.test(text.trim()) && (text.match(/\d/g)?.length ?? 0) >= 3;
}
