import type { Answers } from '../../../src/model/answers';
import type { Language } from '../../../src/model/language';
import type { OptionalClause, WizardPage } from '../../../src/template/wizard-types';
import { useI18n } from '../../i18n/use-i18n';
import { AlertIcon, PencilIcon } from '../../ui/icons';
import { OwnerBadge } from '../../ui/OwnerBadge';
import { FormalitiesSummary } from '../formalities/FormalitiesSummary';
import { OptionalClauseList } from '../optional-clauses/OptionalClauseList';
import { describeAnswer } from './describe-answer';

interface WizardReviewProps {
  pages: readonly WizardPage[];
  answers: Answers;
  visible: ReadonlySet<string>;
  /** The problem of each question still to fix, already worded. */
  problems: Readonly<Record<string, string>>;
  onEdit(pageId: string): void;
  optionalClauses: readonly OptionalClause[];
  disabledClauses: readonly string[];
  /** The charter's language, which the clauses are written in. */
  language: Language;
  onSwitchClause(clauseId: string, included: boolean): void;
  /** While true the optional clauses cannot be switched (the charter is being generated). */
  locked: boolean;
}

/**
 * Every answer, page by page, each page with a way back to change it; then the optional
 * clauses, to keep or leave out.
 */
export function WizardReview({
  pages,
  answers,
  visible,
  problems,
  onEdit,
  optionalClauses,
  disabledClauses,
  language,
  onSwitchClause,
  locked,
}: WizardReviewProps) {
  const { t, locale } = useI18n();
  return (
    <div className="review">
      {pages.map((page) => {
        const questions = page.questions.filter((question) => visible.has(question.id));
        const headingId = `review-${page.id}`;
        return (
          <section key={page.id} className="review__page" aria-labelledby={headingId}>
            <header className="review__header">
              <h2 id={headingId} className="review__title">
                {page.title}
              </h2>
              {page.owner && <OwnerBadge owner={page.owner} />}
              <button
                type="button"
                className="button button--small review__edit"
                aria-label={t('wizard.review.editPage', { page: page.title })}
                onClick={() => onEdit(page.id)}
              >
                <PencilIcon />
                {t('wizard.review.edit')}
              </button>
            </header>
            {questions.length === 0 ? (
              <p className="muted">{t('wizard.review.noQuestions')}</p>
            ) : (
              <dl className="review__answers">
                {questions.map((question) => {
                  const answer = describeAnswer(question, answers[question.id], t, locale);
                  const problem = problems[question.id];
                  return (
                    <div key={question.id} className="review__row">
                      <dt className="review__question">{question.label}</dt>
                      <dd className="review__answer">
                        {answer.kind === 'none' && (
                          <span className="muted">{t('wizard.review.noAnswer')}</span>
                        )}
                        {answer.kind === 'text' && answer.text}
                        {answer.kind === 'lines' && (
                          <ul className="review__lines">
                            {answer.lines.map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        )}
                        {problem && (
                          <span className="field__error review__problem">
                            <AlertIcon />
                            {problem}
                          </span>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
        );
      })}
      <FormalitiesSummary answers={answers} variant="review" />
      {optionalClauses.length > 0 && (
        <section className="review__page" aria-labelledby="review-optional-clauses">
          <header className="review__header">
            <h2 id="review-optional-clauses" className="review__title">
              {t('optionalClauses.title')}
            </h2>
          </header>
          <p className="review__intro">{t('optionalClauses.intro')}</p>
          <OptionalClauseList
            clauses={optionalClauses}
            disabled={disabledClauses}
            language={language}
            locked={locked}
            onSwitch={onSwitchClause}
          />
        </section>
      )}
    </div>
  );
}
