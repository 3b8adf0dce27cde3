import {
  CSE_QUESTION,
  EFFECTIVE_DATE_QUESTION,
  FORMALITY_DATE_QUESTIONS,
  LEGAL_ROUTE_QUESTION,
  NOTE_DE_SERVICE_ROUTE,
  REGLEMENT_INTERIEUR_ROUTE,
  SANCTIONS_QUESTION,
} from '../formalities/formality-questions';
import type { Answers } from '../model/answers';
import type { ExportFormalities } from './export-document';

/**
 * The answers an export's `formalities` was computed from, as far as it tells: the step dates,
 * whether the company has a CSE, the date chosen for it to take effect, and what made the
 * formalities apply. `computeFormalities` on them (with the company headcount) gives
 * the same formalities back, so an imported charter exports the same block again.
 */
export function formalitiesAnswers(formalities: ExportFormalities | undefined): Answers {
  if (formalities === undefined) return {};
  const answers: Answers = {};
  if (!formalities.steps.some((step) => step.id === 'cse-opinion')) answers[CSE_QUESTION] = false;
  for (const step of formalities.steps) {
    if (step.date !== null) answers[FORMALITY_DATE_QUESTIONS[step.id]] = step.date;
  }
  // A date that is not the earliest one was chosen; the earliest one follows from the steps.
  const { effectiveDate, earliestEffectiveDate } = formalities;
  if (
    effectiveDate !== undefined &&
    effectiveDate !== null &&
    effectiveDate !== earliestEffectiveDate
  ) {
    answers[EFFECTIVE_DATE_QUESTION] = effectiveDate;
  }
  switch (formalities.reason.code) {
    case 'route-reglement-interieur':
      answers[LEGAL_ROUTE_QUESTION] = REGLEMENT_INTERIEUR_ROUTE;
      break;
    case 'route-note-de-service':
      answers[LEGAL_ROUTE_QUESTION] = NOTE_DE_SERVICE_ROUTE;
      break;
    case 'sanctions-50-or-more':
      answers[SANCTIONS_QUESTION] = true;
      break;
  }
  return answers;
}
