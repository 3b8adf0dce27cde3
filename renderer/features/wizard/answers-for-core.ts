import type { AnswerValue, Answers, Contact } from '../../../src/model/answers';

function cleanContact(contact: Contact): Contact | null {
  const name = contact.name.trim();
  if (name === '') return null;
  const cleaned: Contact = { name };
  for (const field of ['role', 'email', 'phone'] as const) {
    const text = contact[field]?.trim();
    if (text) cleaned[field] = text;
  }
  return cleaned;
}

function cleanValue(value: AnswerValue): AnswerValue {
  if (!Array.isArray(value)) return value;
  const items: readonly (string | Contact)[] = value;
  if (items.every((item) => typeof item === 'string')) return value;
  return items.flatMap((item) => {
    const contact = typeof item === 'string' ? null : cleanContact(item);
    return contact ? [contact] : [];
  });
}

/**
 * Answers as the core accepts them. While a contact row is being typed it may have no name yet,
 * which the model refuses: such rows are left out, and blank optional fields are dropped.
 */
export function answersForCore(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, cleanValue(value)]));
}
