import type { WizardPage } from '../../../src/template/wizard-types';
import { useT } from '../../i18n/use-t';
import { CheckIcon } from '../../ui/icons';

interface WizardProgressProps {
  pages: readonly WizardPage[];
  current: number;
}

export function WizardProgress({ pages, current }: WizardProgressProps) {
  const t = useT();
  const percent = Math.round(((current + 1) / pages.length) * 100);
  return (
    <nav className="wizard-progress" aria-label={t('wizard.progress.label')}>
      <p className="wizard-progress__count">
        {t('wizard.progress.step', { current: current + 1, total: pages.length })}
      </p>
      <div className="wizard-progress__bar" aria-hidden="true">
        <div className="wizard-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <ol className="wizard-progress__steps">
        {pages.map((page, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={page.id}
              className={`wizard-step wizard-step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="wizard-step__marker" aria-hidden="true">
                {state === 'done' ? <CheckIcon /> : index + 1}
              </span>
              <span className="wizard-step__title">{page.title}</span>
              {state === 'done' && (
                <span className="visually-hidden">{t('wizard.progress.done')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
