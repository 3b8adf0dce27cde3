import { useId, type ReactNode } from 'react';
import type { Role } from '../../../src/model/role';
import type { Approval, SignOffRequest } from '../../../src/model/sign-off';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { DecisionItem } from './DecisionItem';
import { FingerprintView } from './FingerprintView';

interface PendingRequestProps {
  request: SignOffRequest;
  decisions: Map<Role, Approval>;
  versionNumber: number;
  /** What the current user may do about it: decide, or say who they are. */
  children: ReactNode;
}

/** The text frozen for approval: its fingerprint, and where each required role stands. */
export function PendingRequest({
  request,
  decisions,
  versionNumber,
  children,
}: PendingRequestProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const date = formatDateTime(request.requestedAt, locale);
  return (
    <section className="signoff__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="signoff__heading">
        {t('signOff.pending.heading', { number: versionNumber })}
      </h3>
      <p className="signoff__meta">
        {request.requestedBy
          ? t('signOff.pending.requested', { date, name: request.requestedBy })
          : t('signOff.pending.requestedAnonymous', { date })}
      </p>
      <FingerprintView fingerprint={request.fingerprint} />
      <h4 className="signoff__subheading">{t('signOff.decisions.heading')}</h4>
      <ul className="signoff__decisions" aria-label={t('signOff.decisions.heading')}>
        {request.roles.map((role) => (
          <li key={role}>
            <DecisionItem role={role} approval={decisions.get(role)} />
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
