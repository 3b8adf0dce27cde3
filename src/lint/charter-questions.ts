/**
 * The questions and clauses of the social-media template the checks know by id. The checks read
 * only the project, so a project of another template skips what it does not ask.
 */
export const CHARTER_QUESTIONS = {
  personalUse: 'uses.personal',
  monitoringTools: 'monitoring.tools',
  monitoringPurposes: 'monitoring.purposes',
  monitoringRetention: 'monitoring.retentionMonths',
  sanctionsIncluded: 'sanctions.included',
  sanctionsScale: 'sanctions.scale',
  mediaContact: 'media.contact',
  spokespersons: 'media.spokespersons',
  /** A text answer, in projects made with version 1 of the template. */
  legacySpokesperson: 'media.spokesperson',
  crisisProcedure: 'crisis.procedure',
  crisisContact: 'crisis.contact',
  reportingContacts: 'reporting.contacts',
  headcount: 'company.headcount',
  cse: 'legal.cse',
} as const;

/** Clause ids, each with the ids it had in version 1 of the template. */
export const CHARTER_CLAUSES = {
  personalUseForbidden: ['worktime.forbidden', 'uses.work-time.forbidden'],
  monitoringTools: ['monitoring.tools'],
  /** The clause that lists the sanctions, where their graduation must show. */
  sanctionsScale: ['sanctions.scale', 'adoption.sanctions'],
  mediaRequests: [
    'brand.media.management',
    'brand.media.spokespersons',
    'brand.media.contact',
    'uses.official',
  ],
  crisis: ['brand.crisis.procedure'],
  reporting: [
    'reporting.general',
    'reporting.general.small-company',
    'reporting.contacts',
    'conduct.support',
  ],
  effectiveDate: ['adoption.effective-date', 'adoption.formalities'],
  cse: ['adoption.formalities', 'adoption.cse.none'],
  formalities: ['adoption.formalities', 'adoption.annex', 'adoption.small-company-sanctions'],
} as const;
