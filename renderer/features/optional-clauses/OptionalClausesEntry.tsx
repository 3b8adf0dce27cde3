import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { disabledClausesAfter } from './disabled-clauses-after';
import type { OptionalClausesState } from './use-optional-clauses';

interface OptionalClausesEntryProps {
  state: OptionalClausesState;
  disabledClauses: readonly string[];
  onOpen(): void;
}

/**
 * The editor's way to the optional clauses, with how many are in. Absent for a template that
 * has none; shown while they load or if they failed, so the dialog can say why.
 */
export function OptionalClausesEntry({
  state,
  disabledClauses,
  onOpen,
}: OptionalClausesEntryProps) {
  const t = useT();
  const hintId = useId();
  if (state.status === 'loaded' && state.clauses.length === 0) return null;
  const total = state.status === 'loaded' ? state.clauses.length : null;
  const off = state.status === 'loaded' ? disabledClausesAfter(state.clauses, disabledClauses) : [];
  return (
    <div className="outline-extra">
      <button
        type="button"
        className="button button--small"
        aria-describedby={total === null ? undefined : hintId}
        onClick={onOpen}
      >
        {t('optionalClauses.open')}
      </button>
      {total !== null && (
        <p id={hintId} className="outline-extra__hint">
          {t('optionalClauses.count', { included: total - off.length, total })}
        </p>
      )}
    </div>
  );
}
