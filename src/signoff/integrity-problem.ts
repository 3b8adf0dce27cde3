import { z } from 'zod';

/**
 * What no longer holds in a project file: a text that is not the one approved (`altered`), a
 * signature that no longer matches its decision, or a version some required role never approved.
 */
export const IntegrityProblemKind = z.enum(['altered', 'signature', 'not-approved']);
export type IntegrityProblemKind = z.infer<typeof IntegrityProblemKind>;

export const IntegrityProblem = z.object({
  /** The signed-off version concerned, or the text waiting for sign-off. */
  subject: z.union([z.number().int().min(1), z.literal('request')]),
  kind: IntegrityProblemKind,
  /** A complete English sentence, for the CLI and the logs; the UI words it from `kind`. */
  message: z.string(),
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;
