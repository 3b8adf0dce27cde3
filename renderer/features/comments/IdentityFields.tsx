import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { AUTHOR_ROLES, type AuthorRole } from './author-draft';

export interface IdentityDraft {
  name: string;
  role: AuthorRole;
}

interface IdentityFieldsProps {
  draft: IdentityDraft;
  onChange(draft: IdentityDraft): void;
  nameMissing: boolean;
  /** Focus the name when the fields are the point of their dialog. */
  autoFocus?: boolean;
}

/** The name and role that sign comments and decide what the user may change in a charter. */
export function IdentityFields({ draft, onChange, nameMissing, autoFocus }: IdentityFieldsProps) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="fieldset comment-identity">
      <legend className="fieldset__legend">{t('comments.identity.title')}</legend>
      <p className="field__help">{t('comments.identity.help')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('comments.identity.name')}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={draft.name}
          autoComplete="name"
          autoFocus={autoFocus}
          aria-invalid={nameMissing || undefined}
          aria-describedby={nameMissing ? `${id}-name-error` : undefined}
          onChange={(event) => onChange({ ...draft, name: event.target.value })}
        />
        {nameMissing && (
          <p id={`${id}-name-error`} className="field__error">
            {t('comments.identity.nameRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('comments.identity.role')}
        </label>
        <select
          id={`${id}-role`}
          className="input select"
          value={draft.role}
          onChange={(event) => onChange({ ...draft, role: event.target.value as AuthorRole })}
        >
          {AUTHOR_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        <p className="field__help">{t('comments.identity.roleHelp')}</p>
      </div>
    </fieldset>
  );
}
