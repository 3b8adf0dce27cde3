import type { Role } from '../../../src/model/role';
import type { Approval } from '../../../src/model/sign-off';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { KeyIcon } from '../../ui/icons';

interface DecisionItemProps {
  role: Role;
  /** Undefined while the role has not decided. */
  approval: Approval | undefined;
}

/** One role's decision: who, when, why, and whether it is signed; or that it is awaited. */
export function DecisionItem({ role, approval }: DecisionItemProps) {
  const { t, locale } = useI18n();
  const state = approval?.invalidatedAt ? 'void' : (approval?.decision ?? 'waiting');
  const decided = approval && t(`signOff.decision.${approval.decision}`);
  return (
    <article
      className={`decision decision--${state}`}
      aria-label={t(`role.${role}`)}
      data-role={role}
    >
      <header className="decision__header">
        <span className={`owner-badge owner-badge--${role}`}>{t(`role.${role}`)}</span>
        <span className="decision__state">
          {decided ?? t('signOff.decision.waiting')}
          {state === 'void' && ` · ${t('signOff.invalidated.badge')}`}
        </span>
      </header>
      {approval && (
        <>
          <p className="decision__by">
            <span className="decision__who">
              {t('signOff.decision.by', {
                name: approval.name,
                date: formatDateTime(approval.date, locale),
              })}
            </span>
            {approval.signature && approval.publicKey ? (
              <span
                className="decision__signed"
                title={t('signOff.decision.signedTitle', { key: approval.publicKey })}
              >
                <KeyIcon />
                {t('signOff.decision.signed')}
              </span>
            ) : (
              <span className="decision__unsigned">{t('signOff.decision.unsigned')}</span>
            )}
          </p>
          {approval.reason && <p className="decision__reason">{approval.reason}</p>}
        </>
      )}
    </article>
  );
}
