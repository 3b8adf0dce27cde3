import { z } from 'zod';
import { RichTextDocSchema } from './rich-text';
import { Role } from './role';

/** Ids are stable across regenerations and edits: comments, diffs and exports refer to them. */
export const StableId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lowercase letters, digits, ".", "_" or "-"');

export const Clause = z.object({
  id: StableId,
  title: z.string().optional(),
  owner: Role,
  body: RichTextDocSchema,
  /**
   * The body as the template last generated it. A body that differs was edited by hand, and a
   * new run of the wizard must not overwrite it silently.
   */
  generated: RichTextDocSchema.optional(),
  /** For a clause that restricts a freedom: why it is justified and proportionate (L1121-1). */
  rationale: z.string().optional(),
});
export type Clause = z.infer<typeof Clause>;

export const Section = z.object({
  id: StableId,
  title: z.string().min(1),
  owner: Role,
  clauses: z.array(Clause),
});
export type Section = z.infer<typeof Section>;
