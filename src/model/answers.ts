import { z } from 'zod';

/** A wizard answer as stored in a project: the question's id maps to one of these. */
export const AnswerValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answers = z.record(z.string(), AnswerValue);
export type Answers = z.infer<typeof Answers>;
