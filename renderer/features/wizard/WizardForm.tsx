import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { AnswerValue, Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import type { Project } from '../../../src/model/project';
import { visibleQuestionIds } from '../../../src/template/visible-questions';
import type { WizardPage } from '../../../src/template/wizard-types';
import { ApiCallError } from '../../api/api-call-error';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { useConfirm } from '../../ui/use-confirm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ArrowLeftIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { initialAnswers } from './initial-answers';
import { fieldIdOf, QuestionField } from './QuestionField';
import { useProblemMessage } from './use-problem-message';
import { validateAnswer, type AnswerProblem } from './validate-answer';
import { WizardLayout } from './WizardLayout';
import { WizardProgress } from './WizardProgress';

interface WizardFormProps {
  pages: WizardPage[];
  templateId: string;
  language: Language;
  onCancel(): void;
  onCreated(project: Project): void;
}

export function WizardForm({ pages, templateId, language, onCancel, onCreated }: WizardFormProps) {
  const t = useT();
  const confirm = useConfirm();
  const problemMessage = useProblemMessage();
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(pages));
  const [touched, setTouched] = useState(false);
  const [pageId, setPageId] = useState(pages[0]?.id);
  const [errors, setErrors] = useState<Record<string, AnswerProblem>>({});
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const visible = useMemo(() => visibleQuestionIds(pages, answers), [pages, answers]);
  // A page whose every question is hidden by earlier answers is skipped.
  const shownPages = pages.filter(
    (page) => page.questions.length === 0 || page.questions.some((q) => visible.has(q.id)),
  );
  const index = Math.max(
    0,
    shownPages.findIndex((page) => page.id === pageId),
  );
  const page = shownPages[index];
  const isLast = index === shownPages.length - 1;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [pageId]);

  const setAnswer = (id: string, value: AnswerValue) => {
    setTouched(true);
    setAnswers((current) => ({ ...current, [id]: value }));
    if (errors[id]) {
      const question = page?.questions.find((q) => q.id === id);
      const problem = question ? validateAnswer(question, value) : null;
      setErrors((current) =>
        problem
          ? { ...current, [id]: problem }
          : Object.fromEntries(Object.entries(current).filter(([key]) => key !== id)),
      );
    }
  };

  const validatePage = (): boolean => {
    if (!page) return true;
    const found: Record<string, AnswerProblem> = {};
    for (const question of page.questions) {
      if (!visible.has(question.id)) continue;
      const problem = validateAnswer(question, answers[question.id]);
      if (problem) found[question.id] = problem;
    }
    flushSync(() => setErrors(found));
    const first = page.questions.find((question) => found[question.id]);
    if (!first) return true;
    document.getElementById(fieldIdOf(first))?.focus();
    return false;
  };

  const create = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      // Every answer goes, hidden ones included: the core judges visibility on the full set.
      const project = await api.call('project.create', { templateId, language, answers });
      onCreated(project);
    } catch (error) {
      setCreateError(error);
      setCreating(false);
      // The core names the question it refused: take the user to it.
      const questionId = error instanceof ApiCallError ? error.details.question : undefined;
      const target = shownPages.find((p) => p.questions.some((q) => q.id === questionId));
      if (target) setPageId(target.id);
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (creating || !validatePage()) return;
    if (isLast) void create();
    else setPageId(shownPages[index + 1]?.id);
  };

  const back = () => {
    setErrors({});
    setPageId(shownPages[index - 1]?.id);
  };

  const quit = async () => {
    if (!touched) return onCancel();
    const choice = await confirm({
      title: t('wizard.quitConfirm.title'),
      message: t('wizard.quitConfirm.message'),
      confirmLabel: t('wizard.quitConfirm.confirm'),
      cancelLabel: t('wizard.quitConfirm.cancel'),
      tone: 'danger',
    });
    if (choice === 'confirm') onCancel();
  };

  const describeProblem = (problem: AnswerProblem | undefined) =>
    problem && problemMessage(problem);

  if (!page) return null;

  return (
    <WizardLayout
      onQuit={() => void quit()}
      aside={<WizardProgress pages={shownPages} current={index} />}
    >
      <form className="wizard-card" onSubmit={next} noValidate aria-labelledby="wizard-page-title">
        <header className="wizard-card__header">
          <h1 id="wizard-page-title" ref={headingRef} tabIndex={-1} className="wizard-card__title">
            {page.title}
          </h1>
          {page.description && <p className="wizard-card__description">{page.description}</p>}
        </header>

        {createError !== null && (
          <ErrorBanner
            title={t('wizard.createFailed')}
            error={createError}
            onDismiss={() => setCreateError(null)}
          />
        )}

        <div className="wizard-card__questions">
          {page.questions
            .filter((question) => visible.has(question.id))
            .map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={answers[question.id]}
                error={describeProblem(errors[question.id])}
                onChange={(value) => setAnswer(question.id, value)}
              />
            ))}
        </div>

        <footer className="wizard-card__footer">
          {index > 0 && (
            <button type="button" className="button" onClick={back} disabled={creating}>
              <ArrowLeftIcon />
              {t('wizard.previous')}
            </button>
          )}
          <span className="wizard-card__spacer" />
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={creating}
            aria-busy={creating || undefined}
          >
            {creating && <Spinner />}
            {isLast ? (creating ? t('wizard.generating') : t('wizard.generate')) : t('wizard.next')}
          </button>
        </footer>
      </form>
    </WizardLayout>
  );
}
