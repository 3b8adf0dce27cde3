import { useId } from 'react';
import type { Project } from '../../../src/model/project';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { FingerprintView } from './FingerprintView';
import { versionApprovers } from './sign-off-view';

/** Every signed-off version, newest first: number, dates, approvers, fingerprint, status. */
export function VersionList({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const versions = [...project.versions].sort((a, b) => b.number - a.number);
  return (
    <section className="signoff__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="signoff__heading">
        {t('signOff.versions.heading')}
      </h3>
      {versions.length === 0 ? (
        <p className="signoff__hint">{t('signOff.versions.none')}</p>
      ) : (
        <ol className="versions" aria-labelledby={titleId}>
          {versions.map((version) => {
            const label = t('signOff.versions.number', { number: version.number });
            return (
              <li key={version.number} className="version" aria-label={label}>
                <header className="version__header">
                  <span className="version__number">{label}</span>
                  <span className={`status-pill status-pill--${version.status}`}>
                    {t(`status.${version.status}`)}
                  </span>
                </header>
                <p className="version__meta">
                  {t('signOff.versions.signedOffOn', {
                    date: formatDateTime(version.createdAt, locale),
                  })}
                  {version.publishedAt && (
                    <>
                      {' · '}
                      {t('signOff.versions.publishedOn', {
                        date: formatDateTime(version.publishedAt, locale),
                      })}
                    </>
                  )}
                </p>
                <p className="version__meta">
                  {t('signOff.versions.approvers', {
                    names: versionApprovers(project, version)
                      .map((approval) =>
                        t('signOff.versions.approver', {
                          name: approval.name,
                          role: t(`role.${approval.role}`),
                        }),
                      )
                      .join(', '),
                  })}
                </p>
                <FingerprintView fingerprint={version.fingerprint} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
