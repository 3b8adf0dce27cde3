import { z } from 'zod';

/** Markdown to send to the CSE or management; YAML for other tools. */
export const FeedbackSummaryFormat = z.enum(['md', 'yaml']);
export type FeedbackSummaryFormat = z.infer<typeof FeedbackSummaryFormat>;
