import { useId, useState } from 'react';
import type { Language } from '../../../src/model/language';
import {
  isRemovalProposal,
  type RegenerationConflict,
} from '../../../src/template/regeneration-conflict';
import { useI18n } from '../../i18n/use-i18n';
import { AlertIcon } from '../../ui/icons';
import { Modal } from '../../ui/Modal';
import { RichTextView } from '../../ui/RichTextView';
import type { ConflictChoice } from './apply-conflict-choices';
import type { RegenerationCause } from './use-regenerate';

interface ConflictsDialogProps {
  conflicts: readonly RegenerationConflict[];
  /** What the author changed: it words the introduction and the way back. */
  cause: RegenerationCause;
  /** The charter's language, which the clause texts are written in. */
  language: Language;
  titleOf(conflict: RegenerationConflict): string;
  /** The author's choice for every clause, or null to go back to the answers. */
  onDone(choices: Record<string, ConflictChoice> | null): void;
}

/**
 * Clauses the author edited by hand whose template text changed, or that the template now leaves
 * out: both versions side by side, and an explicit choice for each. Nothing is decided for the
 * author.
 */
export function ConflictsDialog({
  conflicts,
  cause,
  language,
  titleOf,
  onDone,
}: ConflictsDialogProps) {
  const { t } = useI18n();
  const baseId = useId();
  const introId = `${baseId}-intro`;
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [showMissing, setShowMissing] = useState(false);
  const missing = conflicts.filter((conflict) => !choices[conflict.clauseId]);
  const radioId = (clauseId: string, choice: ConflictChoice) => `${baseId}-${clauseId}-${choice}`;

  const choose = (clauseId: string, choice: ConflictChoice) =>
    setChoices((current) => ({ ...current, [clauseId]: choice }));

  const chooseAll = (choice: ConflictChoice) =>
    setChoices(Object.fromEntries(conflicts.map((conflict) => [conflict.clauseId, choice])));

  const introduction = () => {
    const count = conflicts.length;
    if (cause === 'optionalClauses') {
      return count === 1
        ? t('conflicts.clausesIntro.one')
        : t('conflicts.clausesIntro.other', { count });
    }
    return count === 1 ? t('conflicts.intro.one') : t('conflicts.intro.other', { count });
  };

  const apply = () => {
    const first = missing[0];
    if (!first) return onDone(choices);
    setShowMissing(true);
    document.getElementById(radioId(first.clauseId, 'keep'))?.focus();
  };

  return (
    <Modal
      title={t('conflicts.title')}
      size="wide"
      describedBy={introId}
      onClose={() => onDone(null)}
      footer={
        <>
          {showMissing && missing.length > 0 && (
            <p className="field__error modal__footer-start" role="alert">
              <AlertIcon />
              {missing.length === 1
                ? t('conflicts.missing.one')
                : t('conflicts.missing.other', { count: missing.length })}
            </p>
          )}
          <button type="button" className="button" onClick={() => onDone(null)}>
            {cause === 'answers' ? t('conflicts.back') : t('optionalClauses.back')}
          </button>
          <button type="button" className="button button--primary" onClick={apply}>
            {t('conflicts.apply')}
          </button>
        </>
      }
    >
      <div className="conflicts">
        <p id={introId} className="conflicts__intro">
          {introduction()}
        </p>
        <div className="button-row conflicts__bulk">
          <button type="button" className="button button--small" onClick={() => chooseAll('keep')}>
            {t('conflicts.keepAll')}
          </button>
          <button type="button" className="button button--small" onClick={() => chooseAll('take')}>
            {t('conflicts.takeAll')}
          </button>
        </div>
        <ol className="conflicts__list">
          {conflicts.map((conflict) => {
            const chosen = choices[conflict.clauseId];
            const unanswered = showMissing && !chosen;
            const removal = isRemovalProposal(conflict.proposed);
            const versions = [
              { choice: 'keep', heading: t('conflicts.yours'), doc: conflict.current },
              {
                choice: 'take',
                heading: removal ? t('conflicts.proposedRemoval') : t('conflicts.proposed'),
                doc: conflict.proposed,
              },
            ] as const;
            const choiceLabel = (choice: ConflictChoice) => {
              if (choice === 'keep') return t('conflicts.keep');
              return removal ? t('conflicts.remove') : t('conflicts.take');
            };
            return (
              <li key={conflict.clauseId}>
                <fieldset className="conflict" data-invalid={unanswered || undefined}>
                  <legend className="conflict__title">
                    {t('conflicts.clause', { title: titleOf(conflict) })}
                  </legend>
                  <div className="conflict__versions">
                    {versions.map(({ choice, heading, doc }) => (
                      <div
                        key={choice}
                        className={`conflict__version conflict__version--${choice}`}
                        data-chosen={chosen === choice || undefined}
                      >
                        <p className="conflict__heading">{heading}</p>
                        {choice === 'take' && removal ? (
                          <p className="conflict__removal">{t('conflicts.removal')}</p>
                        ) : (
                          <div lang={language}>
                            <RichTextView doc={doc} className="rich-text--small" />
                          </div>
                        )}
                        <label className="choice conflict__choice">
                          <input
                            id={radioId(conflict.clauseId, choice)}
                            type="radio"
                            name={`${baseId}-${conflict.clauseId}`}
                            checked={chosen === choice}
                            aria-invalid={unanswered || undefined}
                            onChange={() => choose(conflict.clauseId, choice)}
                          />
                          <span>{choiceLabel(choice)}</span>
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </div>
    </Modal>
  );
}
