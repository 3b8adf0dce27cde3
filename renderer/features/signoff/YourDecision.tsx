import type { Author } from '../../../src/model/comment';
import type { Role } from '../../../src/model/role';
import type { Approval } from '../../../src/model/sign-off';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { CheckIcon, CloseIcon } from '../../ui/icons';

interface YourDecisionProps {
  reviewer: Author | null | undefined;
  /** The roles the request waits for. */
  roles: readonly Role[];
  /** The latest decision of each role on the text. */
  decisions: ReadonlyMap<Role, Approval>;
  onDecide(decision: Approval['decision']): void;
}

/**
 * The current user's choices when their role is one the request waits for. A role approves a
 * text once; having approved, it may still reject it on second thoughts.
 */
export function YourDecision({ reviewer, roles, decisions, onDecide }: YourDecisionProps) {
  const { t, locale } = useI18n();
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
  const previous = decisions.get(reviewer.role);
  const approved = previous?.decision === 'approved';
  return (
    <div className="your-decision">
      {approved && (
        <p className="signoff__hint">
          {t('signOff.decide.alreadyApproved', {
            role: t(`role.${reviewer.role}`),
            name: previous.name,
            date: formatDateTime(previous.date, locale),
          })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onDecide('rejected')}>
          <CloseIcon />
          {t('signOff.decide.reject')}
        </button>
        {!approved && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onDecide('approved')}
          >
            <CheckIcon />
            {t('signOff.decide.approve')}
          </button>
        )}
      </div>
    </div>
  );
}
