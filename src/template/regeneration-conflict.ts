import { z } from 'zod';
import { RichTextDocSchema } from '../model/rich-text';

/**
 * A clause edited by hand whose template text changed on a new run of the wizard: the author
 * sees both and chooses. Until then the project keeps the author's text.
 */
export const RegenerationConflict = z.object({
  sectionId: z.string(),
  clauseId: z.string(),
  title: z.string().optional(),
  current: RichTextDocSchema,
  proposed: RichTextDocSchema,
});
export type RegenerationConflict = z.infer<typeof RegenerationConflict>;
