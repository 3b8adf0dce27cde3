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

export const Comment = z.object({
  id: z.string().min(1),
  anchor: CommentAnchor,
  author: Author,
  anonymous: z.boolean().default(false),
  createdAt: Timestamp,
  text: z.string().min(1),
  status: z.enum(['open', 'resolved']).default('open'),
  /** When `status` last changed; merging review copies keeps the latest change. */
  statusChangedAt: Timestamp.optional(),
  replies: z.array(CommentReply).default([]),
});
export type Comment = z.infer<typeof Comment>;
