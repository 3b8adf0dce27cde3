import { useId } from 'react';
import type { Language } from '../../../src/model/language';
import type { OptionalClause } from '../../../src/template/wizard-types';
import { useT } from '../../i18n/use-t';

interface OptionalClauseListProps {
  clauses: readonly OptionalClause[];
  /** Ids of the clauses switched off; every other one is in the charter. */
  disabled: readonly string[];
  /** The charter's language, which titles and summaries are written in. */
  language: Language;
  onSwitch(clauseId: string, included: boolean): void;
  /** While true the boxes cannot be changed (the choice is being applied). */
  locked?: boolean;
}

/** One box per optional clause, ticked when the clause is in the charter. */
export function OptionalClauseList({
  clauses,
  disabled,
  language,
  onSwitch,
  locked = false,
}: OptionalClauseListProps) {
  const t = useT();
  const baseId = useId();
  return (
    <ul className="optional-clauses">
      {clauses.map((clause, index) => {
        const titleId = `${baseId}-${index}-title`;
        const detailId = `${baseId}-${index}-detail`;
        return (
          <li key={clause.clauseId}>
            <label className="choice optional-clause">
              <input
                type="checkbox"
                checked={!disabled.includes(clause.clauseId)}
                disabled={locked}
                aria-labelledby={titleId}
                aria-describedby={detailId}
                onChange={(event) => onSwitch(clause.clauseId, event.target.checked)}
              />
              <span className="optional-clause__text">
                <span id={titleId} className="optional-clause__title">
                  {t('optionalClauses.include', {
                    title: clause.title ?? clause.summary ?? clause.clauseId,
                  })}
                </span>
                <span id={detailId} className="optional-clause__detail">
                  <span className="optional-clause__section">
                    {t('optionalClauses.section', { section: clause.sectionTitle })}
                  </span>
                  {clause.summary && clause.title && (
                    <span className="optional-clause__summary" lang={language}>
                      {clause.summary}
                    </span>
                  )}
                </span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
