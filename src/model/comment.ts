import { z } from 'zod';
import { Role } from './role';
import { Timestamp } from './timestamp';

export const Author = z.object({
  name: z.string().min(1),
  role: z.union([Role, z.literal('employee')]),
});
export type Author = z.infer<typeof Author>;

/** A text-quote anchor survives edits around the passage and regenerations of the charter. */
export const CommentAnchor = z.object({
  clauseId: z.string().min(1),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  offset: z.number().int().min(0).optional(),
});
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const CommentReply = z.object({
  id: z.string().min(1),
  author: Author,
  anonymous: z.boolean().default(false),
  createdAt: Timestamp,
  text: z.string().min(1),
});
export type CommentReply = z.infer<typeof CommentReply>;

/** The author's answer to a suggestion; final, so that merging copies never undoes one. */
export const SuggestionDecision = z.object({
  status: z.enum(['accepted', 'rejected']),
  at: Timestamp,
  /** Who decided; absent when unknown. */
  by: z.string().min(1).optional(),
});
export type SuggestionDecision = z.infer<typeof SuggestionDecision>;

/** New wording proposed for the quoted passage; '' proposes to delete it. */
export const Suggestion = z.object({
  // It replaces words within one paragraph: a line break there would corrupt the clause.
  text: z.string().refine((text) => !/[\r\n\u2028\u2029]/.test(text), {
    message: 'New wording must not hold line breaks',
  }),
  decision: SuggestionDecision.optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Comment = z
  .object({
    id: z.string().min(1),
    anchor: CommentAnchor,
    author: Author,
    anonymous: z.boolean().default(false),
    createdAt: Timestamp,
    /** May be empty on a suggestion: the wording says it all. */
    text: z.string(),
    suggestion: Suggestion.optional(),
    status: z.enum(['open', 'resolved']).default('open'),
    /** When `status` last changed; merging review copies keeps the latest change. */
    statusChangedAt: Timestamp.optional(),
    replies: z.array(CommentReply).default([]),
  })
  .refine((comment) => comment.text !== '' || comment.suggestion !== undefined, {
    path: ['text'],
    message: 'A comment needs a text, unless it suggests new wording',
  });
export type Comment = z.infer<typeof Comment>;
