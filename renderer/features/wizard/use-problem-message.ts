import { useCallback } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { AnswerProblem } from './validate-answer';

export function useProblemMessage(): (problem: AnswerProblem) => string {
  const { t, locale } = useI18n();
  return useCallback(
    (problem) => {
      const number = (value: number) => new Intl.NumberFormat(locale).format(value);
      switch (problem.kind) {
        case 'required':
          return t('wizard.error.required');
        case 'requiredChoice':
          return t('wizard.error.requiredChoice');
        case 'requiredDate':
          return t('wizard.error.requiredDate');
        case 'requiredContact':
          return t('wizard.error.requiredContact');
        case 'notADate':
          return t('wizard.error.notADate');
        case 'contactRows':
          return problem.count === 1
            ? t('wizard.error.contactRows.one')
            : t('wizard.error.contactRows.other', { count: number(problem.count) });
        case 'notANumber':
          return t('wizard.error.notANumber');
        case 'notAWholeNumber':
          return t('wizard.error.notAWholeNumber');
        case 'range':
          return t('wizard.error.range', { min: number(problem.min), max: number(problem.max) });
        case 'min':
          return t('wizard.error.min', { min: number(problem.min) });
        case 'max':
          return t('wizard.error.max', { max: number(problem.max) });
      }
    },
    [t, locale],
  );
}
