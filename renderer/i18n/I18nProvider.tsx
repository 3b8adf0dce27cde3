import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../src/model/language';
import { api } from '../api/client';
import { catalogues, locales } from './catalogues';
import { I18nContext, type I18n } from './i18n-context';
import { createTranslate } from './translate';

interface I18nProviderProps {
  initialLanguage: Language;
  children: ReactNode;
}

export function I18nProvider({ initialLanguage, children }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    // The switch must work even if the preference cannot be stored; it is not user data.
    api.call('settings.update', { uiLanguage: next }).catch(() => undefined);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      locale: locales[language],
      t: createTranslate(catalogues[language]),
      setLanguage,
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
