import { useEffect, useRef, useState } from 'react';
import type { LintFinding } from '../../../src/lint/lint-finding';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { CheckIcon, CloseIcon, ErrorIcon, RefreshIcon, WarningIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { clauseLocation } from './clause-location';
import { focusClause } from './focus-clause';
import { translateFinding } from './translate-finding';
import { IconButton } from '../../ui/IconButton';

/** How long edits must pause before the checks run again on the new text. */
const RECHECK_DELAY_MS = 800;

interface ChecksPanelProps {
  id: string;
  project: Project;
  onClose(): void;
}

type Result =
  | { project: Project; findings: LintFinding[]; error?: undefined }
  | { project: Project; findings?: undefined; error: unknown };

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** The charter checks of the core, kept up to date while the author edits; each finding leads to its clause. */
export function ChecksPanel({ id, project, onClose }: ChecksPanelProps) {
  const { t, locale } = useI18n();
  const [result, setResult] = useState<Result | null>(null);
  const [attempt, setAttempt] = useState(0);
  const delay = useRef(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.call('project.lint', { project }).then(
        (findings) => live && setResult({ project, findings }),
        (error: unknown) => live && setResult({ project, error }),
      );
    }, delay.current);
    delay.current = RECHECK_DELAY_MS;
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [project, attempt]);

  const checking = result === null || result.project !== project;
  const findings = [...(result?.findings ?? [])].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;

  const summary = () => {
    if (result === null) return t('checks.running');
    if (result.findings === undefined) return t('checks.failedShort');
    if (findings.length === 0) return t('checks.none');
    const parts = [];
    if (errors > 0) {
      parts.push(
        errors === 1 ? t('checks.errors.one') : t('checks.errors.other', { count: errors }),
      );
    }
    if (warnings > 0) {
      parts.push(
        warnings === 1 ? t('checks.warnings.one') : t('checks.warnings.other', { count: warnings }),
      );
    }
    return parts.join(' · ');
  };

  return (
    <section id={id} className="checks" aria-labelledby={`${id}-title`}>
      <header className="checks__header">
        <h2 id={`${id}-title`} className="checks__title">
          {t('checks.title')}
        </h2>
        <IconButton
          label={t('checks.rerun')}
          onClick={() => {
            delay.current = 0;
            setAttempt((count) => count + 1);
          }}
        >
          <RefreshIcon />
        </IconButton>
        <IconButton label={t('checks.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </header>
      <p className="checks__intro">{t('checks.intro')}</p>
      <p className="checks__summary" role="status">
        {checking ? <Spinner /> : findings.length === 0 && result?.findings && <CheckIcon />}
        <span>{summary()}</span>
      </p>
      {result?.error !== undefined && (
        <ErrorBanner title={t('checks.failed')} error={result.error} />
      )}
      {findings.length > 0 && (
        <ul className="checks__list">
          {findings.map((finding, index) => (
            <li key={index}>
              <FindingItem
                finding={finding}
                translated={translateFinding(finding, t, locale)}
                location={finding.clauseId ? clauseLocation(project, finding.clauseId) : null}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface FindingItemProps {
  finding: LintFinding;
  translated: string | null;
  location: ReturnType<typeof clauseLocation>;
}

function FindingItem({ finding, translated, location }: FindingItemProps) {
  const { t } = useI18n();
  const content = (
    <>
      <span className="finding__icon" aria-hidden="true">
        {finding.severity === 'error' ? <ErrorIcon /> : <WarningIcon />}
      </span>
      <span className="finding__body">
        <span className="finding__severity">
          {finding.severity === 'error' ? t('checks.severity.error') : t('checks.severity.warning')}
          {location && (
            <span className="finding__where">
              {location.title
                ? t('checks.where.titled', { number: location.number, title: location.title })
                : t('checks.where', { number: location.number })}
            </span>
          )}
        </span>
        {translated !== null ? (
          <span className="finding__text">{translated}</span>
        ) : (
          <span className="finding__text" lang="en">
            {finding.message}
          </span>
        )}
      </span>
    </>
  );
  const className = `finding finding--${finding.severity}`;
  if (!location || !finding.clauseId) return <div className={className}>{content}</div>;
  const clauseId = finding.clauseId;
  return (
    <button type="button" className={className} onClick={() => focusClause(clauseId)}>
      {content}
    </button>
  );
}
