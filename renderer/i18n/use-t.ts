import type { Translate } from './translate';
import { useI18n } from './use-i18n';

export function useT(): Translate {
  return useI18n().t;
}
