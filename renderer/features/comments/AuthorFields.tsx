import type { Author } from '../../../src/model/comment';
import { useT } from '../../i18n/use-t';
import { CheckboxChoice } from '../../ui/CheckboxChoice';
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
        <CheckboxChoice
          label={t('comments.anonymous')}
          help={t('comments.anonymous.help')}
          checked={draft.anonymous}
          onChange={(anonymous) => onChange({ ...draft, anonymous })}
        />
      )}
    </>
  );
}
