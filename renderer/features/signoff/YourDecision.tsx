import type { Author } from '../../../src/model/comment';
import type { Role } from '../../../src/model/role';
import type { Approval } from '../../../src/model/sign-off';
import { useT } from '../../i18n/use-t';
import { CheckIcon, CloseIcon } from '../../ui/icons';

interface YourDecisionProps {
  reviewer: Author | null | undefined;
  /** The roles the request waits for. */
  roles: readonly Role[];
  onDecide(decision: Approval['decision']): void;
}

/** The current user's two choices when their role is one the request waits for. */
export function YourDecision({ reviewer, roles, onDecide }: YourDecisionProps) {
  const t = useT();
  if (reviewer === undefined) return null;
  if (reviewer === null) return <p className="signoff__hint">{t('signOff.decide.whoAreYou')}</p>;
  if (reviewer.role === 'employee' || !roles.includes(reviewer.role)) {
    return (
      <p className="signoff__hint">
        {t('signOff.decide.notYourRole', {
          roles: roles.map((role) => t(`role.${role}`)).join(', '),
        })}
      </p>
    );
  }
  return (
    <div className="button-row your-decision">
      <button type="button" className="button" onClick={() => onDecide('rejected')}>
        <CloseIcon />
        {t('signOff.decide.reject')}
      </button>
      <button type="button" className="button button--primary" onClick={() => onDecide('approved')}>
        <CheckIcon />
        {t('signOff.decide.approve')}
      </button>
    </div>
  );
}
