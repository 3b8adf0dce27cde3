import { useId, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { Spinner } from '../../ui/Spinner';
import { useRegenerate, type Regeneration } from '../regenerate/use-regenerate';
import { disabledClausesAfter } from './disabled-clauses-after';
import { OptionalClauseList } from './OptionalClauseList';
import type { OptionalClausesState } from './use-optional-clauses';

interface OptionalClausesDialogProps {
  optional: { state: OptionalClausesState; retry(): void };
  /** The project as it is now: read when the choice is applied. */
  getProject(): Project;
  onApplied(regeneration: Regeneration): void;
  onClose(): void;
}

/**
 * The charter's optional clauses, a box each, applied by regenerating the charter: a clause the
 * author edited by hand is only removed once they say so, in the conflicts dialog.
 */
export function OptionalClausesDialog({
  optional,
  getProject,
  onApplied,
  onClose,
}: OptionalClausesDialogProps) {
  const t = useT();
  const introId = useId();
  const regenerate = useRegenerate();
  const [start] = useState(getProject);
  const [changed, setChanged] = useState<string[] | null>(null);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const clauses = optional.state.status === 'loaded' ? optional.state.clauses : [];
  const before = disabledClausesAfter(clauses, start.disabledClauses);
  const disabled = changed ?? before;

  const apply = async () => {
    if (disabled.join('\n') === before.join('\n')) return onClose();
    setApplying(true);
    setError(null);
    try {
      const project = getProject();
      const result = await regenerate(
        { project, answers: project.answers, disabledClauses: disabled },
        'optionalClauses',
      );
      // Backing out of the conflicts leaves this dialog open, the boxes as they were ticked.
      if (result) onApplied(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setApplying(false);
    }
  };

  return (
    <Modal
      title={t('optionalClauses.title')}
      describedBy={introId}
      busy={applying}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={applying}>
            {t('action.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void apply()}
            disabled={applying || optional.state.status !== 'loaded'}
            aria-busy={applying || undefined}
          >
            {applying && <Spinner />}
            {applying ? t('optionalClauses.applying') : t('optionalClauses.apply')}
          </button>
        </>
      }
    >
      <div className="optional-clauses-dialog">
        <p id={introId} className="optional-clauses-dialog__intro">
          {t('optionalClauses.dialog.intro')}
        </p>
        {error !== null && (
          <ErrorBanner
            title={t('optionalClauses.failed')}
            error={error}
            onDismiss={() => setError(null)}
          />
        )}
        {optional.state.status === 'loading' && (
          <p className="muted loading-line" role="status">
            <Spinner />
            {t('optionalClauses.loading')}
          </p>
        )}
        {optional.state.status === 'failed' && (
          <div className="stack">
            <ErrorBanner title={t('optionalClauses.loadFailed')} error={optional.state.error} />
            <div className="button-row">
              <button type="button" className="button" onClick={optional.retry}>
                {t('action.retry')}
              </button>
            </div>
          </div>
        )}
        {optional.state.status === 'loaded' &&
          (clauses.length === 0 ? (
            <p className="muted">{t('optionalClauses.none')}</p>
          ) : (
            <OptionalClauseList
              clauses={clauses}
              disabled={disabled}
              language={start.meta.language}
              locked={applying}
              onSwitch={(clauseId, included) =>
                setChanged(disabledClausesAfter(clauses, disabled, { clauseId, included }))
              }
            />
          ))}
      </div>
    </Modal>
  );
}
