import { createContext } from 'react';
import type { Language } from '../../src/model/language';
import type { Translate } from './translate';

export interface I18n {
  language: Language;
  locale: string;
  t: Translate;
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n | null>(null);
