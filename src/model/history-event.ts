import { z } from 'zod';
import { HistoryFact } from './history-fact';
import { Timestamp } from './timestamp';

export const HistoryEventKind = z.enum([
  'created',
  'answered',
  'edited',
  'commented',
  'requested',
  'approved',
  'rejected',
  'withdrawn',
  'signed-off',
  'published',
  'exported',
  'imported',
]);

/** One line of the audit trail: what happened, when, and who did it. */
export const HistoryEvent = z.object({
  at: Timestamp,
  kind: HistoryEventKind,
  actor: z.string().optional(),
  /** What the event did, as data (newer files). */
  fact: HistoryFact.optional(),
  /** What an older file recorded instead of a fact: an English sentence. */
  detail: z.string().optional(),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;
