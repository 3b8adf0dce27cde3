import type { DetailChange, DetailValue } from './detail-changes';
import type { DiffLabels } from './diff-labels';

/** What a detail is called: the template, a company answer by its key, a formality. */
function detailName(change: DetailChange, labels: DiffLabels): string {
  switch (change.subject.kind) {
    case 'template':
      return labels.template;
    case 'company':
      return `company.${change.subject.key}`;
    case 'formality-step':
      return labels.steps[change.subject.step];
    case 'effective-date':
      return labels.effectiveDate;
  }
}

function valueText(value: DetailValue | undefined, unset: string, labels: DiffLabels): string {
  if (value === undefined) return unset;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * One detail that differs, old → new: "company.headcount : 40 → 60", "Avis du CSE : À accomplir
 * → 2026-03-02". An answer added or removed reads from or to "non renseignée".
 */
export function detailLine(change: DetailChange, labels: DiffLabels): string {
  const unset = change.subject.kind === 'formality-step' ? labels.pending : labels.unset;
  const from = valueText(change.from, unset, labels);
  const to = valueText(change.to, unset, labels);
  return `${detailName(change, labels)}${labels.colon}${from} → ${to}`;
}
