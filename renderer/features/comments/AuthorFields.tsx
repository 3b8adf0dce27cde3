import { useId } from 'react';
import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { mayBeAnonymous, type AuthorDraft } from './author-draft';
import { IdentityFields } from './IdentityFields';

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
        <IdentityFields
          draft={draft}
          onChange={(identity) => onChange({ ...draft, ...identity })}
          nameMissing={nameMissing}
        />
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
