import { z } from 'zod';
import { Contact, type Answers } from '../model/answers';
import type { Project } from '../model/project';

/**
 * The template questions the rules are read from (templates/social-media/template.yaml). A
 * template without one of them gives `null` for what it would have said.
 */
export const RULE_QUESTIONS = {
  personalUse: 'uses.personal',
  companyDevices: 'devices.personalUse',
  platforms: 'communication.platforms',
  accountManagers: 'official.managers',
  spokespersons: 'media.spokespersons',
  professionalUse: 'uses.professional',
  mediaContacts: 'media.contact',
  crisisProcedure: 'crisis.procedure',
  crisisContacts: 'crisis.contact',
  reportingContacts: 'reporting.contacts',
  privacyContacts: 'privacy.contact',
  advocacyProgramme: 'advocacy.programme',
  advocacyContent: 'advocacy.content',
  advocacyRecognition: 'advocacy.recognition',
  advocacyAccounts: 'advocacy.dedicatedAccounts',
  monitoringTools: 'monitoring.tools',
  monitoringPurposes: 'monitoring.purposes',
  monitoringRetention: 'monitoring.retentionMonths',
  monitoringCseConsulted: 'monitoring.cseConsulted',
  cse: 'legal.cse',
  sanctionsIncluded: 'sanctions.included',
  sanctionsScale: 'sanctions.scale',
  legalRoute: 'legal.route',
  reviewCadence: 'review.cadence',
} as const;

/** The clause that states that taking part in the advocacy programme is voluntary. */
const VOLUNTARY_ADVOCACY_CLAUSE = 'advocacy.voluntary';

/** `uses.personal` options as rule values: what each allows during working time. */
export const PERSONAL_USE_RULES = {
  forbidden: 'not-allowed',
  breaks: 'breaks-only',
  reasonable: 'reasonable',
  free: 'free',
} as const;

/** `uses.professional` options as rule values. */
export const PROFESSIONAL_USE_RULES = {
  encouraged: 'encouraged',
  allowed: 'allowed',
  designated: 'designated-roles-only',
} as const;

const values = <T extends Record<string, string>>(map: T) =>
  Object.values(map) as [T[keyof T], ...T[keyof T][]];

const Contacts = z.array(z.strictObject(Contact.shape));
const Platform = z.enum([
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'internal',
]);
const MonitoringTool = z.enum(['filtering', 'logs', 'listening', 'dlp', 'mdm']);
const MonitoringPurpose = z.enum(['security', 'leaks', 'reputation', 'compliance']);
const Sanction = z.enum([
  'warning',
  'reprimand',
  'suspension',
  'transfer',
  'demotion',
  'dismissal',
]);
const LegalBasis = z.enum(['reglement-interieur', 'note-de-service', 'standalone']);
const Recognition = z.enum(['highlight', 'rewards', 'none']);
const ReviewCadence = z.enum(['yearly', 'every-two-years', 'every-three-years']);
const StaffRepresentatives = z.enum(['consulted', 'not-yet-consulted', 'no-cse']);

/**
 * What the charter lets and asks employees do, as data other tools can act on without reading
 * its prose (docs/yaml-export.md, `rules`). Every value is a stable English id; `null` means the
 * charter does not say: its template has no such question, or the question does not apply.
 */
export const CharterRules = z.strictObject({
  personalUse: z.strictObject({
    duringWorkingTime: z.enum(values(PERSONAL_USE_RULES)).nullable(),
    onCompanyDevices: z.boolean().nullable(),
  }),
  platforms: z.array(Platform).nullable(),
  officialAccounts: z.strictObject({
    managers: Contacts.nullable(),
    spokespersons: Contacts.nullable(),
    professionalUse: z.enum(values(PROFESSIONAL_USE_RULES)).nullable(),
  }),
  contacts: z.strictObject({
    media: Contacts.nullable(),
    crisis: Contacts.nullable(),
    reporting: Contacts.nullable(),
    privacy: Contacts.nullable(),
  }),
  advocacy: z.strictObject({
    programme: z.boolean().nullable(),
    // The charter either says so or does not: it never makes taking part compulsory.
    voluntary: z.literal(true).nullable(),
    sharedContent: z.boolean().nullable(),
    recognition: Recognition.nullable(),
    dedicatedAccounts: z.boolean().nullable(),
  }),
  monitoring: z.strictObject({
    tools: z.array(MonitoringTool).nullable(),
    purposes: z.array(MonitoringPurpose).nullable(),
    retentionMonths: z.number().int().min(1).nullable(),
    staffRepresentatives: StaffRepresentatives.nullable(),
  }),
  sanctions: z.strictObject({
    included: z.boolean().nullable(),
    scale: z.array(Sanction).nullable(),
    basis: LegalBasis.nullable(),
  }),
  review: z.strictObject({ cadence: ReviewCadence.nullable() }),
});
export type CharterRules = z.infer<typeof CharterRules>;

/**
 * The charter's rules, from the answers it was generated from (and the clauses it holds): the
 * same content always gives the same rules. Answers to questions the wizard hides are left out,
 * as the charter leaves out what they would have said.
 */
export function charterRules({
  answers,
  sections,
}: Pick<Project, 'answers' | 'sections'>): CharterRules {
  const read = reader(answers);
  const q = RULE_QUESTIONS;
  const tools = read.answer(q.monitoringTools, z.array(MonitoringTool));
  const monitored = tools !== null && tools.length > 0;
  const programme = read.answer(q.advocacyProgramme, z.boolean());
  const sanctions = read.answer(q.sanctionsIncluded, z.boolean());
  return {
    personalUse: {
      duringWorkingTime: read.mapped(q.personalUse, PERSONAL_USE_RULES),
      onCompanyDevices: read.answer(q.companyDevices, z.boolean()),
    },
    platforms: read.answer(q.platforms, z.array(Platform)),
    officialAccounts: {
      managers: read.contacts(q.accountManagers),
      spokespersons: read.contacts(q.spokespersons),
      professionalUse: read.mapped(q.professionalUse, PROFESSIONAL_USE_RULES),
    },
    contacts: {
      media: read.contacts(q.mediaContacts),
      crisis: crisisContacts(read),
      reporting: read.contacts(q.reportingContacts),
      privacy: read.contacts(q.privacyContacts),
    },
    advocacy: {
      programme,
      voluntary: sections.some((section) =>
        section.clauses.some((clause) => clause.id === VOLUNTARY_ADVOCACY_CLAUSE),
      )
        ? true
        : null,
      sharedContent: programme ? read.answer(q.advocacyContent, z.boolean()) : null,
      recognition: programme ? read.answer(q.advocacyRecognition, Recognition) : null,
      dedicatedAccounts: programme ? read.answer(q.advocacyAccounts, z.boolean()) : null,
    },
    monitoring: {
      tools,
      purposes: monitored ? read.answer(q.monitoringPurposes, z.array(MonitoringPurpose)) : null,
      retentionMonths: monitored
        ? read.answer(q.monitoringRetention, z.number().int().min(1))
        : null,
      staffRepresentatives: monitored ? staffRepresentatives(read) : null,
    },
    sanctions: {
      included: sanctions,
      scale: sanctions ? read.answer(q.sanctionsScale, z.array(Sanction)) : null,
      basis: sanctions ? read.answer(q.legalRoute, LegalBasis) : null,
    },
    review: { cadence: read.answer(q.reviewCadence, ReviewCadence) },
  };
}

type Reader = ReturnType<typeof reader>;

/** Reads answers as rule values: one that is missing or not of the expected kind says nothing. */
function reader(answers: Answers) {
  const asked = (id: string): boolean => Object.hasOwn(answers, id);
  const answer = <T>(id: string, schema: z.ZodType<T>): T | null => {
    if (!asked(id)) return null;
    const parsed = schema.safeParse(answers[id]);
    return parsed.success ? parsed.data : null;
  };
  return {
    answer,
    mapped: <T extends Record<string, string>>(id: string, map: T): T[keyof T] | null => {
      const value = answer(id, z.string());
      return value !== null && Object.hasOwn(map, value) ? map[value as keyof T] : null;
    },
    // A contacts question left unanswered names nobody; only a template without it says nothing.
    contacts: (id: string): Contact[] | null => (asked(id) ? (answer(id, Contacts) ?? []) : null),
  };
}

/** Whom to call in a crisis: nobody named when the charter sets no crisis procedure. */
function crisisContacts(read: Reader): Contact[] | null {
  const procedure = read.answer(RULE_QUESTIONS.crisisProcedure, z.boolean());
  if (procedure === null) return null;
  return procedure ? (read.contacts(RULE_QUESTIONS.crisisContacts) ?? []) : [];
}

/** Whether staff representatives were consulted on the monitoring, as the CNIL expects. */
function staffRepresentatives(read: Reader): CharterRules['monitoring']['staffRepresentatives'] {
  const cse = read.answer(RULE_QUESTIONS.cse, z.boolean());
  if (cse === null) return null;
  if (!cse) return 'no-cse';
  const consulted = read.answer(RULE_QUESTIONS.monitoringCseConsulted, z.boolean());
  if (consulted === null) return null;
  return consulted ? 'consulted' : 'not-yet-consulted';
}
