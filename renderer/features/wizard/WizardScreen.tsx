import { useEffect, useState } from 'react';
import type { Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import type { OptionalClause, WizardPage } from '../../../src/template/wizard-types';
import { api } from '../../api/client';
import { useDocumentTitle } from '../../app/use-document-title';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { initialAnswers } from './initial-answers';
import { WizardForm } from './WizardForm';
import { WizardLayout } from './WizardLayout';
import { MODE_MESSAGES, type WizardMode } from './wizard-mode';

interface WizardScreenProps {
  templateId: string;
  language: Language;
  mode: WizardMode;
  /** Answers given before (a charter whose answers are being changed); defaults fill the rest. */
  answers?: Answers;
  /** Optional clauses switched off before; every one is on when this is absent. */
  disabledClauses?: readonly string[];
  onCancel(): void;
  onFinish(answers: Answers, disabledClauses: string[]): Promise<void>;
}

type Questions =
  | { status: 'loading' }
  | { status: 'loaded'; pages: WizardPage[]; optionalClauses: OptionalClause[] }
  | { status: 'failed'; error: unknown };

/**
 * Loads the template's questions and optional clauses in the charter's language, then runs the
 * questionnaire.
 */
export function WizardScreen({
  templateId,
  language,
  mode,
  answers,
  disabledClauses = [],
  onCancel,
  onFinish,
}: WizardScreenProps) {
  const t = useT();
  const messages = MODE_MESSAGES[mode];
  const [questions, setQuestions] = useState<Questions>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(t(mode === 'create' ? 'wizard.windowTitle' : 'revise.windowTitle'));

  useEffect(() => {
    let live = true;
    Promise.all([
      api.call('templates.questions', { templateId, language }),
      api.call('templates.optionalClauses', { templateId, language }),
    ]).then(
      ([pages, optionalClauses]) =>
        live && setQuestions({ status: 'loaded', pages, optionalClauses }),
      (error: unknown) => live && setQuestions({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [templateId, language, attempt]);

  if (questions.status === 'loaded') {
    // A template without questions still gets one page, to confirm before generating.
    const pages = questions.pages.length
      ? questions.pages
      : [{ id: 'confirm', title: t('wizard.noQuestions'), questions: [] }];
    return (
      <WizardForm
        pages={pages}
        templateId={templateId}
        language={language}
        mode={mode}
        initialAnswers={{ ...initialAnswers(pages), ...answers }}
        optionalClauses={questions.optionalClauses}
        initialDisabledClauses={disabledClauses}
        onCancel={onCancel}
        onFinish={onFinish}
      />
    );
  }

  return (
    <WizardLayout context={t(messages.context)} quitLabel={t(messages.quit)} onQuit={onCancel}>
      <div className="wizard-card wizard-card--message">
        {questions.status === 'loading' ? (
          <p className="muted loading-line" role="status">
            <Spinner />
            {t('wizard.loading')}
          </p>
        ) : (
          <div className="stack">
            <ErrorBanner title={t('wizard.loadFailed')} error={questions.error} />
            <div className="button-row">
              <button type="button" className="button" onClick={onCancel}>
                {t(mode === 'create' ? 'wizard.backToStart' : 'revise.backToCharter')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setQuestions({ status: 'loading' });
                  setAttempt((count) => count + 1);
                }}
              >
                {t('action.retry')}
              </button>
            </div>
          </div>
        )}
      </div>
    </WizardLayout>
  );
}
