import type { Role } from '../../src/model/role';
import { useI18n } from '../i18n/use-i18n';

/** The team that answers for a clause or question: RH, Juridique, IT or Communication. */
export function OwnerBadge({ owner }: { owner: Role }) {
  const { t, language } = useI18n();
  return (
    <span
      className={`owner-badge owner-badge--${owner}`}
      lang={language}
      title={t('owner.title', { team: t(`role.${owner}`) })}
    >
      <span className="visually-hidden">{t('owner.prefix')}</span>
      {t(`role.${owner}`)}
    </span>
  );
}
