import type { FormalityStepId } from './formalities';

/** The template questions the formalities are computed from. */
export const LEGAL_ROUTE_QUESTION = 'legal.route';
export const SANCTIONS_QUESTION = 'sanctions.included';
export const HEADCOUNT_QUESTION = 'company.headcount';
/** Whether the company has a CSE; `false` drops the CSE opinion, which nobody can then give. */
export const CSE_QUESTION = 'legal.cse';

/** `legal.route` answers that make the charter a règlement intérieur annex or a note de service. */
export const REGLEMENT_INTERIEUR_ROUTE = 'reglement-interieur';
export const NOTE_DE_SERVICE_ROUTE = 'note-de-service';

/** From 50 employees a company must have a règlement intérieur, and sanctions belong in it. */
export const REGLEMENT_INTERIEUR_HEADCOUNT = 50;

/** The `date` question that records each step. */
export const FORMALITY_DATE_QUESTIONS: Readonly<Record<FormalityStepId, string>> = {
  'cse-opinion': 'formalities.cseOpinionDate',
  'labour-inspectorate': 'formalities.inspectionSentDate',
  'conseil-prud-hommes': 'formalities.courtFiledDate',
  publicity: 'formalities.publicityDate',
};

/**
 * The `date` question for the day the charter takes effect, which the règlement intérieur must
 * state (L1321-4). Unanswered, the earliest legal date stands in for it once every step is dated.
 */
export const EFFECTIVE_DATE_QUESTION = 'formalities.effectiveDate';
