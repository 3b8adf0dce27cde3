import { z } from 'zod';
import { RichTextDocSchema, type RichTextDoc } from '../model/rich-text';

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

/** What a conflict proposes for a clause the new run leaves out of the charter: no text. */
export const REMOVAL_PROPOSAL: RichTextDoc = { type: 'doc', content: [] };

/** The template proposes to remove the clause: a clause's text is never empty otherwise. */
export function isRemovalProposal(proposed: RichTextDoc): boolean {
  return proposed.content.length === 0;
}
