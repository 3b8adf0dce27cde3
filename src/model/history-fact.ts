import { z } from 'zod';
import { ExportFormat } from './export-format';
import { Role } from './role';
import { Fingerprint, LifecycleStatus } from './sign-off';

const Count = z.number().int().min(0);
const VersionNumber = z.number().int().min(1);
const Ids = z.array(z.string());

/**
 * What an event did, as data rather than a sentence: the app, the CLI and the exports word it in
 * their reader's language (src/history/describe-event.ts), and tools read it as it is.
 */
export const HistoryFact = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('created'),
    template: z.string(),
    templateVersion: z.string(),
  }),
  z.strictObject({
    type: z.literal('answered'),
    /** The ids of the answers that changed. */
    answers: Ids,
    switchedOff: Ids,
    switchedOn: Ids,
    /** Clauses edited by hand that the new answers would rewrite: left for the user to settle. */
    toSettle: Count,
  }),
  z.strictObject({
    type: z.literal('edited'),
    /** The new title, when it changed. */
    title: z.string().optional(),
    edited: Ids,
    added: Ids,
    removed: Ids,
  }),
  z.strictObject({ type: z.literal('commented'), clause: z.string(), suggestion: z.boolean() }),
  z.strictObject({
    type: z.literal('suggestion-accepted'),
    /** Absent when the reviewer chose to stay anonymous. */
    author: z.string().optional(),
    clause: z.string(),
    before: z.string(),
    after: z.string(),
  }),
  z.strictObject({
    type: z.literal('suggestion-rejected'),
    author: z.string().optional(),
    clause: z.string(),
  }),
  z.strictObject({
    type: z.literal('sign-off-requested'),
    version: VersionNumber,
    roles: z.array(Role),
    fingerprint: Fingerprint,
  }),
  z.strictObject({
    type: z.literal('decided'),
    role: Role,
    version: VersionNumber,
    reason: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('signed-off'),
    version: VersionNumber,
    roles: z.array(Role),
    fingerprint: Fingerprint,
  }),
  z.strictObject({
    type: z.literal('published'),
    version: VersionNumber,
    fingerprint: Fingerprint,
  }),
  z.strictObject({ type: z.literal('request-withdrawn'), invalidated: Count }),
  /** The first edit of a signed-off text: a new draft, from that version. */
  z.strictObject({ type: z.literal('draft-started'), from: VersionNumber }),
  z.strictObject({
    type: z.literal('exported'),
    format: ExportFormat,
    version: VersionNumber,
    status: LifecycleStatus,
    fileName: z.string(),
  }),
  z.strictObject({
    type: z.literal('pack-exported'),
    version: VersionNumber,
    fileName: z.string(),
  }),
  z.strictObject({
    type: z.literal('word-comments-imported'),
    source: z.string(),
    newComments: Count,
    newReplies: Count,
    alreadyThere: Count,
  }),
  z.strictObject({
    type: z.literal('feedback-merged'),
    newComments: Count,
    newReplies: Count,
    statusChanges: Count,
    decisions: Count,
  }),
  z.strictObject({ type: z.literal('yaml-imported'), format: z.string(), version: VersionNumber }),
]);
export type HistoryFact = z.infer<typeof HistoryFact>;
export type HistoryFactOf<Type extends HistoryFact['type']> = Extract<HistoryFact, { type: Type }>;
