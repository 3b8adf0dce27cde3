import { computeFormalities } from '../formalities/compute-formalities';
import type { Formalities } from '../formalities/formalities';
import type { Project } from '../model/project';
import { type ExportLabels, formatExportDate } from './export-labels';

/** The adoption formalities block as the HTML and DOCX exports show it, in the charter's language. */
export interface FormalitiesView {
  title: string;
  reason: string;
  headings: [step: string, date: string];
  /** One row per step, in legal order: its name, and its date or "to do". */
  rows: { step: string; date: string; done: boolean }[];
  /** "Takes effect on:" and the chosen day, else "at the earliest on:" or what it waits for. */
  effectiveDate: { label: string; value: string };
}

/** The block, or null when the formalities do not apply: the exports then leave it out. */
export function formalitiesView(project: Project, labels: ExportLabels): FormalitiesView | null {
  const formalities = computeFormalities(project.answers);
  if (formalities.reason.code === 'not-required') return null;
  const strings = labels.formalities;
  return {
    title: strings.title,
    reason: strings.reasons[formalities.reason.code],
    headings: [strings.step, labels.date],
    rows: formalities.steps.map((step) => ({
      step: strings.steps[step.id],
      date: step.date === null ? strings.pending : formatExportDate(step.date, labels),
      done: step.done,
    })),
    effectiveDate: effectiveDateLine(formalities, labels),
  };
}

/** The day chosen when there is one (the charter states it, L1321-4), else the earliest day. */
function effectiveDateLine(
  { effectiveDate, earliestEffectiveDate }: Formalities,
  labels: ExportLabels,
): FormalitiesView['effectiveDate'] {
  const strings = labels.formalities;
  if (effectiveDate !== null && effectiveDate !== earliestEffectiveDate)
    return { label: strings.effectiveDateChosen, value: formatExportDate(effectiveDate, labels) };
  return {
    label: strings.effectiveDate,
    value:
      earliestEffectiveDate === null
        ? strings.effectiveDatePending
        : formatExportDate(earliestEffectiveDate, labels),
  };
}
