import { useId, useMemo } from 'react';
import { computeFormalities } from '../../../src/formalities/compute-formalities';
import type { Answers } from '../../../src/model/answers';
import { useI18n } from '../../i18n/use-i18n';
import { CheckIcon, WarningIcon } from '../../ui/icons';
import { formalitiesText } from './formalities-text';

interface FormalitiesSummaryProps {
  /** The charter's answers, defaults included: what the export and the checks see. */
  answers: Answers;
  /** Where it sits: a wizard page, the review of the answers, or beside the editor's checks. */
  variant: 'wizard' | 'review' | 'editor';
}

/**
 * The French adoption formalities (Code du travail L1321-4, L1321-5), when the answers make
 * them apply: why, each step in legal order with its date, and the earliest date the charter
 * can take effect. Nothing when they do not apply. Recomputed on every answer, so it follows
 * the dates as they are typed.
 */
export function FormalitiesSummary({ answers, variant }: FormalitiesSummaryProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const formalities = useMemo(() => computeFormalities(answers), [answers]);
  if (!formalities.required) return null;
  const text = formalitiesText(formalities, t, locale);

  return (
    <section className={`formalities formalities--${variant}`} aria-labelledby={headingId}>
      <header className="formalities__header">
        <h2 id={headingId} className="formalities__title">
          {t('formalities.title')}
        </h2>
        <span className="formalities__progress">{text.progress}</span>
      </header>
      <p className="formalities__reason">{text.reason}</p>
      <ol className="formalities__steps" aria-label={t('formalities.steps')}>
        {text.steps.map((step) => (
          <li
            key={step.id}
            className={`formalities__step formalities__step--${step.done ? 'done' : 'todo'}`}
          >
            <span className="formalities__marker" aria-hidden="true">
              {step.done && <CheckIcon />}
            </span>
            <span className="formalities__step-text">
              <span className="formalities__step-name">{step.name}</span>
              <span className="formalities__step-status">{step.status}</span>
            </span>
          </li>
        ))}
      </ol>
      {text.warnings.length > 0 && (
        <ul className="formalities__warnings" aria-label={t('formalities.warnings')}>
          {text.warnings.map((warning, index) => (
            <li key={index} className="formalities__warning">
              <WarningIcon />
              <span>{warning}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="formalities__outcome" role="status">
        {text.effective !== null ? (
          <>
            <p className="formalities__effective">{text.effective}</p>
            <p className="formalities__rule">{t('formalities.effective.rule')}</p>
          </>
        ) : (
          <p className="formalities__missing">{text.missing}</p>
        )}
      </div>
    </section>
  );
}
