import { computeFormalities } from '../formalities/compute-formalities';
import { FORMALITY_STEP_IDS, type FormalityStepId } from '../formalities/formalities';
import { canonicalJson } from '../signoff/canonical-json';
import { companyAnswers, type CompanyAnswerValue } from '../export/company-answers';
import type { ComparableText } from './text-comparison';

/** What a detail holds: an answer about the company, a day (YYYY-MM-DD), or `id@version`. */
export type DetailValue = CompanyAnswerValue;

/** Which of the charter's details changed. */
export type DetailSubject =
  | { kind: 'template' }
  /** A `company.*` answer, by its key without the prefix, as the export's `company` block has it. */
  | { kind: 'company'; key: string }
  /** The day a formality step was done. */
  | { kind: 'formality-step'; step: FormalityStepId }
  | { kind: 'effective-date' };

/**
 * One detail that differs: set (`added`, no `from`), unset (`removed`, no `to`) or `changed`.
 * A formality step not done yet, or left out, has no date.
 */
export interface DetailChange {
  subject: DetailSubject;
  kind: 'added' | 'removed' | 'changed';
  from?: DetailValue;
  to?: DetailValue;
}

type Details = Map<string, { subject: DetailSubject; value: DetailValue }>;

/**
 * What the export carries of a text besides its title and sections, by a stable key: the
 * template, the company answers and, when they apply, the formalities' dates.
 */
function detailsOf(text: ComparableText): Details {
  const details: Details = new Map();
  details.set('template', {
    subject: { kind: 'template' },
    value: `${text.template.id}@${text.template.version}`,
  });
  for (const [key, value] of Object.entries(companyAnswers(text.answers))) {
    details.set(`company.${key}`, { subject: { kind: 'company', key }, value });
  }
  const formalities = computeFormalities(text.answers);
  // The export leaves the formalities out when they do not apply, and so does the comparison.
  if (formalities.required) {
    for (const { id, date } of formalities.steps) {
      if (date !== null)
        details.set(`step.${id}`, { subject: { kind: 'formality-step', step: id }, value: date });
    }
    if (formalities.effectiveDate !== null) {
      details.set('effective-date', {
        subject: { kind: 'effective-date' },
        value: formalities.effectiveDate,
      });
    }
  }
  return details;
}

/**
 * The details that differ between two texts: the template, then the company answers key by
 * key, then the formalities' dates, each in a stable order.
 */
export function compareDetails(before: ComparableText, after: ComparableText): DetailChange[] {
  const from = detailsOf(before);
  const to = detailsOf(after);
  const keys = [...new Set([...from.keys(), ...to.keys()])];
  return keys
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((key): DetailChange[] => {
      const old = from.get(key);
      const current = to.get(key);
      if (old && current) {
        if (canonicalJson(old.value) === canonicalJson(current.value)) return [];
        return [{ subject: current.subject, kind: 'changed', from: old.value, to: current.value }];
      }
      if (current) return [{ subject: current.subject, kind: 'added', to: current.value }];
      if (old) return [{ subject: old.subject, kind: 'removed', from: old.value }];
      return [];
    });
}

const FORMALITIES_ORDER: readonly string[] = [
  ...FORMALITY_STEP_IDS.map((id) => `step.${id}`),
  'effective-date',
];

/** Template first, then company answers (sorted by key), then the formalities in legal order. */
function rank(key: string): number {
  if (key === 'template') return 0;
  const step = FORMALITIES_ORDER.indexOf(key);
  return step === -1 ? 1 : 2 + step;
}
