import type { Language } from '../../src/model/language';
import { en } from './en';
import { fr, type Messages } from './fr';

export const catalogues: Record<Language, Messages> = { fr, en };

/** BCP 47 locale used for dates and numbers in each interface language. */
export const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
