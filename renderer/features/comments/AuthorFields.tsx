import { useId } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { AUTHOR_ROLES, mayBeAnonymous, type AuthorDraft } from './author-draft';

interface AuthorFieldsProps {
  /** Null until the user has said who they are: then their name and role are asked here. */
  reviewer: Author | null;
  draft: AuthorDraft;
  onChange(draft: AuthorDraft): void;
  nameMissing: boolean;
}

/** Who is commenting: name and role the first time, and the choice to stay anonymous for employees. */
export function AuthorFields({ reviewer, draft, onChange, nameMissing }: AuthorFieldsProps) {
  const t = useT();
  const id = useId();
  return (
    <>
      {reviewer === null && (
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
              onChange={(event) =>
                onChange({ ...draft, role: event.target.value as AuthorDraft['role'] })
              }
            >
              {AUTHOR_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}
      {mayBeAnonymous(reviewer, draft) && (
        <label className="choice comment-anonymous">
          <input
            type="checkbox"
            checked={draft.anonymous}
            aria-describedby={`${id}-anonymous-help`}
            onChange={(event) => onChange({ ...draft, anonymous: event.target.checked })}
          />
          <span>
            {t('comments.anonymous')}
            <span id={`${id}-anonymous-help`} className="field__help comment-anonymous__help">
              {t('comments.anonymous.help')}
            </span>
          </span>
        </label>
      )}
    </>
  );
}
