import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateSummary } from '../../../src/template/wizard-types';
import type { Language } from '../../../src/model/language';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { TemplateOption } from './TemplateOption';

interface NewCharterPanelProps {
  onStart(templateId: string, language: Language): void;
}

type Templates =
  | { status: 'loading' }
  | { status: 'loaded'; templates: TemplateSummary[] }
  | { status: 'failed'; error: unknown };

export function NewCharterPanel({ onStart }: NewCharterPanelProps) {
  const { t, language: uiLanguage } = useI18n();
  const [templates, setTemplates] = useState<Templates>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);

  useEffect(() => {
    let live = true;
    api.call('templates.list', {}).then(
      (list) => live && setTemplates({ status: 'loaded', templates: list }),
      (error: unknown) => live && setTemplates({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const list = templates.status === 'loaded' ? templates.templates : [];
  const template = list.find((candidate) => candidate.id === chosenId) ?? list[0];
  const languages = template?.languages ?? [];
  const defaultLanguage = languages.includes(uiLanguage) ? uiLanguage : languages[0];
  const language =
    chosenLanguage && languages.includes(chosenLanguage) ? chosenLanguage : defaultLanguage;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (template && language) onStart(template.id, language);
  };

  return (
    <section className="panel panel--primary" aria-labelledby="new-charter-heading">
      <h2 id="new-charter-heading" className="panel__title">
        {t('start.new.heading')}
      </h2>
      <p className="panel__intro">{t('start.new.intro')}</p>

      {templates.status === 'loading' && (
        <p className="muted" role="status">
          {t('start.templates.loading')}
        </p>
      )}

      {templates.status === 'failed' && (
        <div className="stack">
          <ErrorBanner title={t('start.templates.failed')} error={templates.error} />
          <button
            type="button"
            className="button"
            onClick={() => {
              setTemplates({ status: 'loading' });
              setAttempt((count) => count + 1);
            }}
          >
            {t('action.retry')}
          </button>
        </div>
      )}

      {templates.status === 'loaded' && list.length === 0 && (
        <p className="muted">{t('start.templates.none')}</p>
      )}

      {template && language && (
        <form className="stack stack--large" onSubmit={submit}>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('start.new.template')}</legend>
            <div className="option-cards">
              {list.map((candidate) => (
                <TemplateOption
                  key={candidate.id}
                  template={candidate}
                  checked={candidate.id === template.id}
                  onChoose={() => setChosenId(candidate.id)}
                />
              ))}
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('start.new.language')}</legend>
            <p className="field__help">{t('start.new.languageHelp')}</p>
            <div className="segmented">
              {(['fr', 'en'] as const).map((candidate) => (
                <label
                  key={candidate}
                  className="segmented__option"
                  data-disabled={!languages.includes(candidate) || undefined}
                >
                  <input
                    type="radio"
                    name="charter-language"
                    value={candidate}
                    checked={candidate === language}
                    disabled={!languages.includes(candidate)}
                    onChange={() => setChosenLanguage(candidate)}
                  />
                  <span lang={candidate}>{t(`language.${candidate}.native`)}</span>
                </label>
              ))}
            </div>
          </fieldset>

          <div className="panel__actions">
            <button type="submit" className="button button--primary button--large">
              {t('start.new.start')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
