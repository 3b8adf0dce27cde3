import type { Formalities, FormalityStepId } from '../../../src/formalities/formalities';
import { formatDay } from '../../i18n/format-day';
import type { Translate } from '../../i18n/translate';
import { formatList } from '../../i18n/format-list';

export interface FormalityStepText {
  id: FormalityStepId;
  name: string;
  done: boolean;
  /** "Fait le 12 janvier 2026" or "À faire": the status in words, never by colour alone. */
  status: string;
}

/** What the formalities summary says, in the interface language. */
export interface FormalitiesText {
  reason: string;
  progress: string;
  steps: FormalityStepText[];
  warnings: string[];
  /** "Entrée en vigueur au plus tôt le …", once every step is dated. */
  effective: string | null;
  /** Which steps still lack a date, while the effective date cannot be computed. */
  missing: string | null;
}

/** The core's formalities (computeFormalities) worded for the interface, dates in its locale. */
export function formalitiesText(
  formalities: Formalities,
  t: Translate,
  locale: string,
): FormalitiesText {
  const steps = formalities.steps.map((step): FormalityStepText => ({
    id: step.id,
    name: t(`formalities.step.${step.id}`),
    done: step.done && step.date !== null,
    status:
      step.done && step.date !== null
        ? t('formalities.done', { date: formatDay(step.date, locale) })
        : t('formalities.todo'),
  }));
  const done = steps.filter((step) => step.done).length;
  const missingNames = formalities.missing.map((id) => t(`checks.step.${id}`));
  return {
    reason: t(`formalities.reason.${formalities.reason.code}`),
    progress: t('formalities.progress', { done, total: steps.length }),
    steps,
    warnings: formalities.warnings.map((warning) =>
      t(`formalities.warning.${warning.code}`, { step: t(`formalities.step.${warning.step}`) }),
    ),
    effective:
      formalities.earliestEffectiveDate === null
        ? null
        : t('formalities.effective', {
            date: formatDay(formalities.earliestEffectiveDate, locale),
          }),
    missing:
      formalities.earliestEffectiveDate === null && missingNames.length > 0
        ? t('formalities.missing', {
            steps: formatList(missingNames, locale),
          })
        : null,
  };
}
