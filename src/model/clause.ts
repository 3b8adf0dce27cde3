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
});
export type Clause = z.infer<typeof Clause>;

export const Section = z.object({
  id: StableId,
  title: z.string().min(1),
  owner: Role,
  clauses: z.array(Clause),
});
export type Section = z.infer<typeof Section>;
