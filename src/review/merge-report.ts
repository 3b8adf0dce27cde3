import { z } from 'zod';

const Count = z.number().int().min(0);

/** What a merge of review copies brought into the original. */
export const MergeReport = z.object({
  copies: Count,
  newComments: Count,
  newReplies: Count,
  /** Threads whose resolution (resolved or reopened) came from a copy. */
  statusChanges: Count,
  /** Suggestions whose acceptance or rejection came from a copy. */
  decisions: Count,
});
export type MergeReport = z.infer<typeof MergeReport>;
