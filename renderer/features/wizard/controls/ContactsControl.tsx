import { useEffect, useRef } from 'react';
import type { Contact } from '../../../../src/model/answers';
import { useT } from '../../../i18n/use-t';
import { AlertIcon, CloseIcon, PlusIcon } from '../../../ui/icons';
import { contactsOf } from '../contacts-of';
import { contactProblems, type ContactProblems } from './contact-problems';
import type { ControlProps } from './control-props';

type ContactField = keyof Contact;

const FIELDS: readonly { field: ContactField; type: string }[] = [
  { field: 'name', type: 'text' },
  { field: 'role', type: 'text' },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
];

/** Where focus goes after a row is added or removed: a row's name field, or the add button. */
type FocusTarget = { row: number } | 'add' | null;

/**
 * A short list of people (name, role, e-mail, phone), one row each. Rows are added and removed
 * with buttons; per-row problems show once the page has been checked (`invalid`).
 */
export function ContactsControl({ id, value, onChange, invalid }: ControlProps) {
  const t = useT();
  const contacts = contactsOf(value);
  const focusTarget = useRef<FocusTarget>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // After the render that shows the added or removed row, not before.
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    if (target === 'add') addRef.current?.focus();
    else document.getElementById(inputId(id, target.row, 'name'))?.focus();
  });

  const update = (row: number, field: ContactField, text: string) =>
    onChange(contacts.map((contact, i) => (i === row ? { ...contact, [field]: text } : contact)));

  const add = () => {
    onChange([...contacts, { name: '' }]);
    focusTarget.current = { row: contacts.length };
  };

  const remove = (row: number) => {
    onChange(contacts.filter((_, i) => i !== row));
    const remaining = contacts.length - 1;
    focusTarget.current = remaining === 0 ? 'add' : { row: Math.min(row, remaining - 1) };
  };

  const labels: Record<ContactField, string> = {
    name: t('wizard.contacts.name'),
    role: t('wizard.contacts.role'),
    email: t('wizard.contacts.email'),
    phone: t('wizard.contacts.phone'),
  };
  const problemText = (field: ContactField, problems: ContactProblems): string | null => {
    if (field === 'name' && problems.name) return t('wizard.contacts.error.name');
    if (field === 'email' && problems.email) return t('wizard.contacts.error.email');
    return null;
  };

  return (
    <div className="contacts">
      {contacts.length === 0 ? (
        <p className="contacts__empty muted">{t('wizard.contacts.none')}</p>
      ) : (
        <ol className="contacts__list">
          {contacts.map((contact, row) => {
            const titleId = `${id}-${row}-title`;
            const problems = invalid ? contactProblems(contact) : {};
            const number = row + 1;
            return (
              <li key={row} className="contact-row" role="group" aria-labelledby={titleId}>
                <div className="contact-row__header">
                  <p id={titleId} className="contact-row__title">
                    {t('wizard.contacts.row', { number })}
                  </p>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('wizard.contacts.removeRow', { number })}
                    onClick={() => remove(row)}
                  >
                    <CloseIcon />
                    {t('wizard.contacts.remove')}
                  </button>
                </div>
                <div className="contact-row__fields">
                  {FIELDS.map(({ field, type }) => {
                    const controlId = inputId(id, row, field);
                    const problem = problemText(field, problems);
                    const errorId = `${fieldId(id, row, field)}-error`;
                    return (
                      <div key={field} className="contact-row__field">
                        <label htmlFor={controlId} className="contact-row__label">
                          {labels[field]}
                        </label>
                        <input
                          id={controlId}
                          type={type}
                          className="input"
                          autoComplete="off"
                          value={contact[field] ?? ''}
                          required={field === 'name'}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? errorId : undefined}
                          onChange={(event) => update(row, field, event.target.value)}
                        />
                        {problem && (
                          <p id={errorId} className="field__error contact-row__error">
                            <AlertIcon />
                            {problem}
                          </p>
                        )}
                      </div>
                    );
                  })}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button
          ref={addRef}
          id={contacts.length === 0 ? id : undefined}
          type="button"
          className="button"
          onClick={add}
        >
          <PlusIcon />
          {t('wizard.contacts.add')}
        </button>
      </div>
    </div>
  );
}

function fieldId(id: string, row: number, field: ContactField): string {
  return `${id}-${row}-${field}`;
}

/** The first row's name takes the question's own id: it is where the question's focus goes. */
function inputId(id: string, row: number, field: ContactField): string {
  return row === 0 && field === 'name' ? id : fieldId(id, row, field);
}
