import type { AnswerValue, Answers } from '../model/answers';
import {
  FORMALITY_STEP_IDS,
  type Formalities,
  type FormalitiesReasonCode,
  type FormalitiesWarning,
  type FormalityStep,
  type FormalityStepId,
} from './formalities';
import {
  CSE_QUESTION,
  EFFECTIVE_DATE_QUESTION,
  FORMALITY_DATE_QUESTIONS,
  HEADCOUNT_QUESTION,
  LEGAL_ROUTE_QUESTION,
  NOTE_DE_SERVICE_ROUTE,
  REGLEMENT_INTERIEUR_HEADCOUNT,
  REGLEMENT_INTERIEUR_ROUTE,
  SANCTIONS_QUESTION,
} from './formality-questions';
import { addOneCalendarMonth, parseIsoDate } from './iso-date';

const REASONS: Readonly<Record<FormalitiesReasonCode, string>> = {
  'route-reglement-interieur':
    'The charter is annexed to the règlement intérieur, so it is adopted like it (Code du travail L1321-4): CSE opinion, sending to the labour inspectorate, filing at the conseil de prud’hommes and publicity.',
  'route-note-de-service':
    'The charter is a note de service setting general and permanent rules, so the règlement intérieur formalities apply to it (Code du travail L1321-5).',
  'sanctions-50-or-more':
    'The charter carries sanctions and the company has 50 or more employees: sanctions belong in the règlement intérieur, so the charter is annexed to it and adopted with its formalities (Code du travail L1321-4).',
  'not-required':
    'The charter is neither annexed to the règlement intérieur nor a note de service, and does not carry sanctions in a company of 50 or more employees: the adoption formalities do not apply. Presenting it to the CSE for information remains good practice.',
};

const STEP_NAMES: Readonly<Record<FormalityStepId, string>> = {
  'cse-opinion': 'the CSE opinion',
  'labour-inspectorate': 'the sending to the labour inspectorate',
  'conseil-prud-hommes': 'the filing at the conseil de prud’hommes',
  publicity: 'the publicity to employees',
};

/**
 * Where a charter stands with its adoption formalities, from the wizard's answers alone: whether
 * they apply and why, each step's date, and the earliest date it can take effect. A company that
 * answers it has no CSE (`legal.cse` false) has no CSE opinion to ask for: that step is left out.
 * Pure, so the wizard can show it live and every export and check computes the same thing.
 */
export function computeFormalities(answers: Answers): Formalities {
  const warnings: FormalitiesWarning[] = [];
  const hasCse = answerOf(answers, CSE_QUESTION) !== false;
  const ids = FORMALITY_STEP_IDS.filter((id) => hasCse || id !== 'cse-opinion');
  const steps = ids.map((id): FormalityStep => {
    const question = FORMALITY_DATE_QUESTIONS[id];
    const value = answerOf(answers, question);
    const unanswered = value === null || (typeof value === 'string' && value.trim() === '');
    if (!unanswered && (typeof value !== 'string' || parseIsoDate(value) === null)) {
      warnings.push({
        code: 'invalid-date',
        step: id,
        message: `The date of ${STEP_NAMES[id]} (answer "${question}") is ${JSON.stringify(value)}, not a date written YYYY-MM-DD; the step counts as not done until it is corrected.`,
      });
    }
    const date = typeof value === 'string' && parseIsoDate(value) !== null ? value : null;
    return { id, date, done: date !== null };
  });
  const ordered = orderWarnings(steps);
  warnings.push(...ordered);
  // A step done before the CSE opinion must be done again: its real date is not known yet, so it
  // is not done, and no effective date can be promised from it.
  const redo = new Set(ordered.map((warning) => warning.step));
  const settled = steps.map((step) => (redo.has(step.id) ? { ...step, done: false } : step));

  const missing = settled.filter((step) => !step.done).map((step) => step.id);
  const dates = settled.flatMap((step) => (step.done && step.date !== null ? [step.date] : []));
  // ISO days sort as text.
  const last = dates.reduce<string | null>(
    (latest, date) => (latest && latest > date ? latest : date),
    null,
  );
  const code = reasonCode(answers);
  const earliestEffectiveDate =
    missing.length === 0 && last !== null ? addOneCalendarMonth(last) : null;
  const chosen = answerOf(answers, EFFECTIVE_DATE_QUESTION);
  return {
    required: code !== 'not-required',
    reason: { code, message: REASONS[code] },
    steps: settled,
    earliestEffectiveDate,
    effectiveDate:
      typeof chosen === 'string' && parseIsoDate(chosen) !== null ? chosen : earliestEffectiveDate,
    missing,
    warnings,
  };
}

function reasonCode(answers: Answers): FormalitiesReasonCode {
  const route = answerOf(answers, LEGAL_ROUTE_QUESTION);
  if (route === REGLEMENT_INTERIEUR_ROUTE) return 'route-reglement-interieur';
  if (route === NOTE_DE_SERVICE_ROUTE) return 'route-note-de-service';
  const headcount = answerOf(answers, HEADCOUNT_QUESTION);
  const sanctions = answerOf(answers, SANCTIONS_QUESTION) === true;
  if (sanctions && typeof headcount === 'number' && headcount >= REGLEMENT_INTERIEUR_HEADCOUNT) {
    return 'sanctions-50-or-more';
  }
  return 'not-required';
}

/** The text and the CSE opinion are sent, filed and made known together: nothing comes before the opinion. */
function orderWarnings(steps: readonly FormalityStep[]): FormalitiesWarning[] {
  const opinion = steps.find((step) => step.id === 'cse-opinion')?.date ?? null;
  if (opinion === null) return [];
  return steps
    .filter((step) => step.id !== 'cse-opinion' && step.date !== null && step.date < opinion)
    .map((step) => ({
      code: 'before-cse-opinion',
      step: step.id,
      message: `${capitalize(STEP_NAMES[step.id])} (${step.date}) is dated before the CSE opinion (${opinion}): the CSE gives its opinion on the final text first, then the text and the opinion are sent, filed and made known. Do this step again after the opinion and record its new date.`,
    }));
}

function answerOf(answers: Answers, id: string): AnswerValue {
  return Object.hasOwn(answers, id) ? (answers[id] ?? null) : null;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
