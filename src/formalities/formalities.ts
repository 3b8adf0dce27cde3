import { z } from 'zod';
import { IsoDate } from './iso-date';

/**
 * The adoption formalities of a charter that carries general and permanent rules (Code du
 * travail L1321-4, L1321-5), in the order the law gives them. Until they are all done the
 * charter cannot be enforced against employees (Cass. soc. 9 May 2012, n° 11-13.687).
 */
export const FORMALITY_STEP_IDS = [
  'cse-opinion',
  'labour-inspectorate',
  'conseil-prud-hommes',
  'publicity',
] as const;
export const FormalityStepId = z.enum(FORMALITY_STEP_IDS);
export type FormalityStepId = z.infer<typeof FormalityStepId>;

export const FormalityStep = z.strictObject({
  id: FormalityStepId,
  /** When it was done, or null while it is still to do. */
  date: IsoDate.nullable(),
  done: z.boolean(),
});
export type FormalityStep = z.infer<typeof FormalityStep>;

/**
 * Why the formalities apply, or why they do not: a stable code and an English sentence (the checks'
 * language; exports word the reason in the charter's language, from the code).
 */
export const FormalitiesReasonCode = z.enum([
  'route-reglement-interieur',
  'route-note-de-service',
  'sanctions-50-or-more',
  'not-required',
]);
export type FormalitiesReasonCode = z.infer<typeof FormalitiesReasonCode>;

export const FormalitiesWarningCode = z.enum([
  /** A step dated before the CSE gave its opinion: it has to be done again on the final text. */
  'before-cse-opinion',
  /** A date answer that is not a YYYY-MM-DD day: the step counts as not done. */
  'invalid-date',
]);

export const FormalitiesWarning = z.strictObject({
  code: FormalitiesWarningCode,
  step: FormalityStepId,
  message: z.string().min(1),
});
export type FormalitiesWarning = z.infer<typeof FormalitiesWarning>;

export const Formalities = z.strictObject({
  required: z.boolean(),
  reason: z.strictObject({ code: FormalitiesReasonCode, message: z.string().min(1) }),
  /** In legal order; without `cse-opinion` when the company has no CSE. */
  steps: z.array(FormalityStep),
  /** One calendar month after the last step (see addOneCalendarMonth); null until all are dated. */
  earliestEffectiveDate: IsoDate.nullable(),
  /**
   * The day the charter takes effect: the date chosen (answer `formalities.effectiveDate`), or
   * else the earliest date; null while neither is known. A chosen date may be too early: see
   * the `effective-date-too-early` check.
   */
  effectiveDate: IsoDate.nullable(),
  /** The steps still without a date, in legal order. */
  missing: z.array(FormalityStepId),
  warnings: z.array(FormalitiesWarning),
});
export type Formalities = z.infer<typeof Formalities>;
