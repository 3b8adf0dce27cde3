import type { ReactNode } from 'react';
import type { WizardPage } from '../../../src/template/wizard-types';
import { useT } from '../../i18n/use-t';
import { CheckIcon } from '../../ui/icons';
import { groupStepsByRole } from './step-groups';

interface WizardProgressProps {
  pages: readonly WizardPage[];
  /** The step shown: a page's index, or `pages.length` for the review. */
  current: number;
  /** Whether the user may jump to a step from the list (one already reached). */
  canVisit(index: number): boolean;
  onVisit(index: number): void;
}

type StepState = 'done' | 'current' | 'todo';

/** The steps, grouped under the team each page is for, then the review of all answers. */
export function WizardProgress({ pages, current, canVisit, onVisit }: WizardProgressProps) {
  const t = useT();
  const total = pages.length + 1;
  const percent = Math.round(((current + 1) / total) * 100);
  const stateOf = (index: number): StepState =>
    index < current ? 'done' : index === current ? 'current' : 'todo';

  const step = (index: number, title: string, marker: ReactNode) => {
    const state = stateOf(index);
    const content = (
      <>
        <span className="wizard-step__marker" aria-hidden="true">
          {state === 'done' ? <CheckIcon /> : marker}
        </span>
        <span className="wizard-step__title">{title}</span>
        {state === 'done' && <span className="visually-hidden">{t('wizard.progress.done')}</span>}
      </>
    );
    return (
      <li
        key={index}
        className={`wizard-step wizard-step--${state}`}
        aria-current={state === 'current' ? 'step' : undefined}
      >
        {state !== 'current' && canVisit(index) ? (
          <button type="button" className="wizard-step__link" onClick={() => onVisit(index)}>
            {content}
          </button>
        ) : (
          <span className="wizard-step__link">{content}</span>
        )}
      </li>
    );
  };

  return (
    <nav className="wizard-progress" aria-label={t('wizard.progress.label')}>
      <p className="wizard-progress__count">
        {t('wizard.progress.step', { current: current + 1, total })}
      </p>
      <div className="wizard-progress__bar" aria-hidden="true">
        <div className="wizard-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <ol className="wizard-progress__groups">
        {groupStepsByRole(pages).map((group) => {
          const first = group.steps[0]?.index ?? 0;
          const headingId = `wizard-group-${first}`;
          const done = group.steps.filter((s) => s.index < current).length;
          const size = group.steps.length;
          return (
            <li key={first} className="wizard-group">
              <p
                id={headingId}
                className={`wizard-group__title wizard-group__title--${group.owner ?? 'none'}`}
              >
                <span>{group.owner ? t(`role.${group.owner}`) : t('wizard.progress.general')}</span>
                <span className="wizard-group__count" aria-hidden="true">
                  {t('wizard.progress.groupCount', { done, total: size })}
                </span>
                <span className="visually-hidden">
                  {t('wizard.progress.groupDone', { done, total: size })}
                </span>
              </p>
              <ol className="wizard-progress__steps" aria-labelledby={headingId}>
                {group.steps.map(({ page, index }) => step(index, page.title, index + 1))}
              </ol>
            </li>
          );
        })}
        <li className="wizard-group wizard-group--review">
          <ol className="wizard-progress__steps">
            {step(pages.length, t('wizard.review.step'), total)}
          </ol>
        </li>
      </ol>
    </nav>
  );
}
