import { useId } from 'react';
import type { Approval } from '../../../src/model/sign-off';
import { useT } from '../../i18n/use-t';
import { DecisionItem } from './DecisionItem';

/** Decisions an edit voided: they stay on record, and the user sees they no longer count. */
export function NoLongerCounting({ approvals }: { approvals: Approval[] }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="signoff__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="signoff__heading">
        {t('signOff.invalidated.heading')}
      </h3>
      <p className="signoff__hint">{t('signOff.invalidated.help')}</p>
      <ul className="signoff__decisions" aria-labelledby={titleId}>
        {approvals.map((approval, index) => (
          <li key={index}>
            <DecisionItem role={approval.role} approval={approval} />
          </li>
        ))}
      </ul>
    </section>
  );
}
