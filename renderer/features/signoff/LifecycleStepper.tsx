import type { LifecycleStatus } from '../../../src/model/sign-off';
import { LifecycleStatus as Statuses } from '../../../src/model/sign-off';
import { useT } from '../../i18n/use-t';
import { CheckIcon } from '../../ui/icons';

interface LifecycleStepperProps {
  status: LifecycleStatus;
  /** The version the text is, or will be once signed off. */
  versionNumber: number;
}

/** Where the charter stands: draft, in review, sign-off requested, signed off, published. */
export function LifecycleStepper({ status, versionNumber }: LifecycleStepperProps) {
  const t = useT();
  const current = Statuses.options.indexOf(status);
  return (
    <ol className="stepper" aria-label={t('signOff.steps')}>
      {Statuses.options.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`stepper__step stepper__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__marker" aria-hidden="true">
              {state === 'done' ? <CheckIcon /> : index + 1}
            </span>
            <span className="stepper__label">
              {step === 'signed-off'
                ? t('signOff.step.signed-off', { number: versionNumber })
                : t(`status.${step}`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
