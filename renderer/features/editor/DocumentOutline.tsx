import { memo } from 'react';
import type { Section } from '../../../src/model/clause';
import { useT } from '../../i18n/use-t';
import { clauseAnchorId, sectionAnchorId } from './anchor-ids';
import { clauseNumber } from './clause-number';

interface DocumentOutlineProps {
  sections: readonly Section[];
  currentSectionId: string | null;
}

/** Moves focus to a heading (so screen readers follow) and scrolls it into view. */
function goTo(anchorId: string): void {
  const target = document.getElementById(anchorId);
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function DocumentOutline({ sections, currentSectionId }: DocumentOutlineProps) {
  const t = useT();
  return (
    <nav className="outline" aria-label={t('editor.outline.label')}>
      <h2 className="outline__title">{t('editor.outline.title')}</h2>
      <ol className="outline__sections">
        {sections.map((section, index) => (
          <OutlineSection
            key={section.id}
            section={section}
            index={index}
            current={section.id === currentSectionId}
          />
        ))}
      </ol>
    </nav>
  );
}

/**
 * One section and its clauses. A keystroke makes a new object of its own section only: the
 * others are not rendered again, so typing costs the same however long the outline is.
 */
const OutlineSection = memo(function OutlineSection({
  section,
  index,
  current,
}: {
  section: Section;
  index: number;
  current: boolean;
}) {
  return (
    <li className="outline__section">
      <button
        type="button"
        className="outline__link outline__link--section"
        aria-current={current ? 'location' : undefined}
        onClick={() => goTo(sectionAnchorId(section.id))}
      >
        <span className="outline__number">{index + 1}</span>
        <span className="outline__text">{section.title}</span>
      </button>
      {section.clauses.some((clause) => clause.title) && (
        <ol className="outline__clauses">
          {section.clauses.map((clause, clauseIndex) =>
            clause.title ? (
              <li key={clause.id}>
                <button
                  type="button"
                  className="outline__link outline__link--clause"
                  onClick={() => goTo(clauseAnchorId(clause.id))}
                >
                  <span className="outline__number">{clauseNumber(index, clauseIndex)}</span>
                  <span className="outline__text">{clause.title}</span>
                </button>
              </li>
            ) : null,
          )}
        </ol>
      )}
    </li>
  );
});
