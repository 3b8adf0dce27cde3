import { clauseAnchorId } from '../editor/anchor-ids';

/** How long a clause reached from a finding stays highlighted, so the eye finds it. */
const HIGHLIGHT_MS = 1600;

/**
 * Scrolls to a clause and puts the caret in its text, ready to fix it. False when the clause is
 * not in the document (e.g. a finding about a clause the charter should have).
 */
export function focusClause(clauseId: string): boolean {
  const heading = document.getElementById(clauseAnchorId(clauseId));
  const clause = heading?.closest<HTMLElement>('.clause');
  if (!heading || !clause) return false;
  const text = clause.querySelector<HTMLElement>('[contenteditable="true"]');
  (text ?? heading).focus({ preventScroll: true });
  heading.scrollIntoView({ behavior: 'smooth', block: 'start' });
  clause.dataset.highlight = 'true';
  window.setTimeout(() => delete clause.dataset.highlight, HIGHLIGHT_MS);
  return true;
}
