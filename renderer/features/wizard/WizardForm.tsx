import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { AnswerValue, Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import { visibleQuestionIds } from '../../../src/template/visible-questions';
import type {
  OptionalClause,
  WizardPage,
  WizardQuestion,
} from '../../../src/template/wizard-types';
import { ApiCallError } from '../../api/api-call-error';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ArrowLeftIcon } from '../../ui/icons';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { Spinner } from '../../ui/Spinner';
import { useConfirm } from '../../ui/use-confirm';
import { FormalitiesSummary } from '../formalities/FormalitiesSummary';
import { pageShowsFormalities } from '../formalities/shows-formalities';
import { disabledClausesAfter } from '../optional-clauses/disabled-clauses-after';
import { answersForCore } from './answers-for-core';
import { ClausePreviewPanel } from './ClausePreviewPanel';
import { fieldIdOf, QuestionField } from './QuestionField';
import { useProblemMessage } from './use-problem-message';
import { validateAnswer, type AnswerProblem } from './validate-answer';
import { MODE_MESSAGES, type WizardMode } from './wizard-mode';
import { WizardLayout } from './WizardLayout';
import { WizardProgress } from './WizardProgress';
import { WizardReview } from './WizardReview';

interface WizardFormProps {
  pages: WizardPage[];
  templateId: string;
  language: Language;
  mode: WizardMode;
  initialAnswers: Answers;
  /** The clauses the author may switch off, on the review page. */
  optionalClauses: readonly OptionalClause[];
  initialDisabledClauses: readonly string[];
  onCancel(): void;
  /** Makes the charter from the answers; a rejection is shown and the wizard stays open. */
  onFinish(answers: Answers, disabledClauses: string[]): Promise<void>;
}

type Step = { kind: 'page'; pageId: string | undefined } | { kind: 'review' };
type Problems = Record<string, AnswerProblem>;

function problemsOf(questions: readonly WizardQuestion[], answers: Answers): Problems {
  const found: Problems = {};
  for (const question of questions) {
    const problem = validateAnswer(question, answers[question.id]);
    if (problem) found[question.id] = problem;
  }
  return found;
}

/** Focus on what to fix in a question: its first invalid control, else its first control. */
function focusQuestion(questionId: string): boolean {
  const control = document.getElementById(fieldIdOf({ id: questionId }));
  if (!control) return false;
  const field = control.closest('.field');
  const invalid = field?.querySelector<HTMLElement>('[aria-invalid="true"]');
  (invalid ?? control).focus();
  return true;
}

export function WizardForm({
  pages,
  templateId,
  language,
  mode,
  initialAnswers,
  optionalClauses,
  initialDisabledClauses,
  onCancel,
  onFinish,
}: WizardFormProps) {
  const t = useT();
  const messages = MODE_MESSAGES[mode];
  const confirm = useConfirm();
  const problemMessage = useProblemMessage();
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [disabledClauses, setDisabledClauses] = useState(() =>
    disabledClausesAfter(optionalClauses, initialDisabledClauses),
  );
  const [touched, setTouched] = useState(false);
  // Changing the answers of a written charter starts from all of them, on the review.
  const revising = mode === 'revise';
  const [step, setStep] = useState<Step>(
    revising ? { kind: 'review' } : { kind: 'page', pageId: pages[0]?.id },
  );
  const [visited, setVisited] = useState<ReadonlySet<string>>(
    () => new Set((revising ? pages : pages.slice(0, 1)).map((page) => page.id)),
  );
  const [reviewReached, setReviewReached] = useState(revising);
  const [errors, setErrors] = useState<Problems>({});
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterMove = useRef<string | null>(null);

  const visible = useMemo(() => visibleQuestionIds(pages, answers), [pages, answers]);
  // A page whose every question is hidden by earlier answers is skipped.
  const shownPages = useMemo(
    () =>
      pages.filter(
        (page) => page.questions.length === 0 || page.questions.some((q) => visible.has(q.id)),
      ),
    [pages, visible],
  );
  const onReview = step.kind === 'review';
  const index = onReview
    ? shownPages.length
    : Math.max(
        0,
        shownPages.findIndex((page) => page.id === step.pageId),
      );
  const page = onReview ? undefined : shownPages[index];
  const questions = useMemo(
    () => page?.questions.filter((question) => visible.has(question.id)) ?? [],
    [page, visible],
  );
  const questionIdsKey = questions.map((question) => question.id).join('\n');
  const questionIds = useMemo(
    () => (questionIdsKey ? questionIdsKey.split('\n') : []),
    [questionIdsKey],
  );
  const stepKey = onReview ? '#review' : page?.id;

  // Each step starts with focus on its title (so screen readers announce it), or on the field
  // to fix when the step is shown because of a problem.
  useEffect(() => {
    const questionId = focusAfterMove.current;
    focusAfterMove.current = null;
    if (questionId && focusQuestion(questionId)) return;
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [stepKey]);

  const moveTo = (target: number) => {
    setErrors({});
    if (target >= shownPages.length) {
      setReviewReached(true);
      setStep({ kind: 'review' });
      return;
    }
    const pageId = shownPages[target]?.id;
    if (pageId) setVisited((current) => new Set([...current, pageId]));
    setStep({ kind: 'page', pageId });
  };

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

  const switchClause = (clauseId: string, included: boolean) => {
    setTouched(true);
    setDisabledClauses((current) =>
      disabledClausesAfter(optionalClauses, current, { clauseId, included }),
    );
  };

  /** Checks the page shown; on a problem, shows every one and takes focus to the first. */
  const validatePage = (): boolean => {
    const found = problemsOf(questions, answers);
    flushSync(() => setErrors(found));
    const first = questions.find((question) => found[question.id]);
    if (!first) return true;
    focusQuestion(first.id);
    return false;
  };

  const allProblems = useMemo(
    () =>
      onReview
        ? problemsOf(
            shownPages.flatMap((p) => p.questions.filter((q) => visible.has(q.id))),
            answers,
          )
        : {},
    [onReview, shownPages, visible, answers],
  );

  /** Shows a page with its problems, focus on the first: answers changed elsewhere may ask more. */
  const showProblemsOn = (target: number, questionId: string | undefined) => {
    const targetPage = shownPages[target];
    const found = targetPage
      ? problemsOf(
          targetPage.questions.filter((q) => visible.has(q.id)),
          answers,
        )
      : {};
    moveTo(target);
    setErrors(found);
    focusAfterMove.current = questionId ?? null;
  };

  const finish = async () => {
    const firstProblem = shownPages.findIndex((p) => p.questions.some((q) => allProblems[q.id]));
    if (firstProblem !== -1) {
      const questionId = shownPages[firstProblem]?.questions.find((q) => allProblems[q.id])?.id;
      showProblemsOn(firstProblem, questionId);
      return;
    }
    setFinishing(true);
    setFinishError(null);
    try {
      // Every answer goes, hidden ones included: the core judges visibility on the full set.
      await onFinish(answersForCore(answers), disabledClauses);
    } catch (error) {
      setFinishError(error);
      // The core names the question it refused: take the user to it.
      const questionId = error instanceof ApiCallError ? error.details.question : undefined;
      const target = shownPages.findIndex((p) => p.questions.some((q) => q.id === questionId));
      if (target !== -1) showProblemsOn(target, questionId);
    } finally {
      setFinishing(false);
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (finishing) return;
    if (onReview) return void finish();
    if (validatePage()) moveTo(index + 1);
  };

  const visit = (target: number) => {
    if (target > index && !validatePage()) return;
    moveTo(target);
  };

  const quit = async () => {
    if (!touched) return onCancel();
    const choice = await confirm({
      title: t(messages.quitTitle),
      message: t(messages.quitMessage),
      confirmLabel: t(messages.quitConfirm),
      cancelLabel: t('wizard.quitConfirm.cancel'),
      tone: 'danger',
    });
    if (choice === 'confirm') onCancel();
  };

  const problemText = (problem: AnswerProblem | undefined) => problem && problemMessage(problem);
  const reviewProblems = Object.fromEntries(
    Object.entries(allProblems).map(([id, problem]) => [id, problemMessage(problem)]),
  );

  if (!onReview && !page) return null;

  return (
    <WizardLayout
      context={t(messages.context)}
      quitLabel={t(messages.quit)}
      onQuit={() => void quit()}
      aside={
        <WizardProgress
          pages={shownPages}
          current={index}
          canVisit={(target) =>
            target === shownPages.length ? reviewReached : visited.has(shownPages[target]?.id ?? '')
          }
          onVisit={visit}
        />
      }
      preview={
        page && (
          <ClausePreviewPanel
            key={page.id}
            templateId={templateId}
            language={language}
            answers={answers}
            questionIds={questionIds}
          />
        )
      }
    >
      <form className="wizard-card" onSubmit={next} noValidate aria-labelledby="wizard-page-title">
        <header className="wizard-card__header">
          <div className="wizard-card__title-row">
            <h1
              id="wizard-page-title"
              ref={headingRef}
              tabIndex={-1}
              className="wizard-card__title"
            >
              {page ? page.title : t('wizard.review.title')}
            </h1>
            {page?.owner && <OwnerBadge owner={page.owner} />}
          </div>
          {page?.description && <p className="wizard-card__description">{page.description}</p>}
          {onReview && <p className="wizard-card__description">{t(messages.reviewIntro)}</p>}
        </header>

        {finishError !== null && (
          <ErrorBanner
            title={t(messages.finishFailed)}
            error={finishError}
            onDismiss={() => setFinishError(null)}
          />
        )}

        {page ? (
          <div className="wizard-card__questions">
            {questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={answers[question.id]}
                error={problemText(errors[question.id])}
                onChange={(value) => setAnswer(question.id, value)}
              />
            ))}
            {pageShowsFormalities(page) && (
              <FormalitiesSummary answers={answers} variant="wizard" />
            )}
          </div>
        ) : (
          <WizardReview
            pages={shownPages}
            answers={answers}
            visible={visible}
            problems={reviewProblems}
            onEdit={(pageId) => moveTo(shownPages.findIndex((p) => p.id === pageId))}
            optionalClauses={optionalClauses}
            disabledClauses={disabledClauses}
            language={language}
            onSwitchClause={switchClause}
            locked={finishing}
          />
        )}

        <footer className="wizard-card__footer">
          {index > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => moveTo(index - 1)}
              disabled={finishing}
            >
              <ArrowLeftIcon />
              {t('wizard.previous')}
            </button>
          )}
          <span className="wizard-card__spacer" />
          {page && reviewReached && (
            <button
              type="button"
              className="button"
              onClick={() => visit(shownPages.length)}
              disabled={finishing}
            >
              {t('wizard.review.back')}
            </button>
          )}
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={finishing}
            aria-busy={finishing || undefined}
          >
            {finishing && <Spinner />}
            {page ? t('wizard.next') : finishing ? t(messages.finishing) : t(messages.finish)}
          </button>
        </footer>
      </form>
    </WizardLayout>
  );
}
