import { z } from 'zod';

/** Someone to turn to: the answer type of "list of contacts" questions. */
export const Contact = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type Contact = z.infer<typeof Contact>;

/**
 * A wizard answer as stored in a project: the question's id maps to one of these. Dates are
 * ISO strings (YYYY-MM-DD), multiple choices lists of option values.
 */
export const AnswerValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(Contact),
  z.null(),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answers = z.record(z.string(), AnswerValue);
export type Answers = z.infer<typeof Answers>;
