import { useId } from 'react';
import type { Role } from '../../../src/model/role';
import { Role as Roles } from '../../../src/model/role';
import { useT } from '../../i18n/use-t';
import { SealIcon } from '../../ui/icons';

interface RequestSignOffProps {
  requiredRoles: readonly Role[];
  onRolesChange(roles: Role[]): void;
  onRequest(): void;
  busy: boolean;
}

/** Whose approval the charter needs, and the request that freezes the text for them. */
export function RequestSignOff({
  requiredRoles,
  onRolesChange,
  onRequest,
  busy,
}: RequestSignOffProps) {
  const t = useT();
  const titleId = useId();
  const toggle = (role: Role, checked: boolean) =>
    // Kept in the canonical order, whatever the order of the clicks.
    onRolesChange(
      Roles.options.filter((candidate) =>
        candidate === role ? checked : requiredRoles.includes(candidate),
      ),
    );
  return (
    <section className="signoff__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="signoff__heading">
        {t('signOff.request.heading')}
      </h3>
      <p className="signoff__hint">{t('signOff.request.intro')}</p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend signoff__legend">{t('signOff.roles.legend')}</legend>
        <div className="signoff__roles">
          {Roles.options.map((role) => {
            const checked = requiredRoles.includes(role);
            // The last role cannot be unticked: a version needs someone's approval.
            const last = checked && requiredRoles.length === 1;
            return (
              <label
                key={role}
                className="choice signoff__role"
                title={last ? t('signOff.roles.lastOne') : undefined}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={last || busy}
                  onChange={(event) => toggle(role, event.target.checked)}
                />
                <span>{t(`role.${role}`)}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <button
        type="button"
        className="button button--primary button--wide"
        onClick={onRequest}
        disabled={busy}
      >
        <SealIcon />
        {t('signOff.request.submit')}
      </button>
    </section>
  );
}
