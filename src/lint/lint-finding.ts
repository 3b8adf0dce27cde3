import { z } from 'zod';

/**
 * One problem `charter lint` and the checks panel report. `rule` is stable (the UI translates by
 * it, with `params`); `message` is a complete English sentence naming the clause and the fix.
 */
export const LintFinding = z.object({
  rule: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  clauseId: z.string().optional(),
  message: z.string().min(1),
  params: z.record(z.string(), z.string()).default({}),
});
export type LintFinding = z.infer<typeof LintFinding>;
