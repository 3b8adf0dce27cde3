import { useId } from 'react';
import { Language } from '../../src/model/language';
import { useI18n } from './use-i18n';

/** The interface language; each choice is written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.interface')}
      </label>
      <select
        id={id}
        className="select select--compact"
        value={language}
        onChange={(event) => setLanguage(Language.parse(event.target.value))}
      >
        <option value="fr" lang="fr">
          {t('language.fr.native')}
        </option>
        <option value="en" lang="en">
          {t('language.en.native')}
        </option>
      </select>
    </div>
  );
}
