import { z } from 'zod';
import { Answers } from './answers';
import { Branding } from './branding';
import { Section } from './clause';
import { Comment } from './comment';
import { HistoryEvent } from './history-event';
import { Language } from './language';
import { Approval, LifecycleStatus, SignOff, Version } from './sign-off';
import { Timestamp } from './timestamp';

export const PROJECT_SCHEMA_VERSION = 2;

/** A charter project: everything one `.charter` file holds. Documented in docs/project-file.md. */
export const Project = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  id: z.string().min(1),
  meta: z.object({
    title: z.string().min(1),
    language: Language,
    status: LifecycleStatus.default('draft'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  template: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  answers: Answers,
  sections: z.array(Section),
  /** Optional template clauses the author switched off; they stay off across regenerations. */
  disabledClauses: z.array(z.string()).default([]),
  comments: z.array(Comment).default([]),
  signOff: SignOff.default(() => SignOff.parse({})),
  versions: z.array(Version).default([]),
  /** Every decision ever made, in order; a version's approvals are those on its fingerprint. */
  approvals: z.array(Approval).default([]),
  history: z.array(HistoryEvent).default([]),
  /** The company's logo and accent colour for the exports; absent, they use the house style. */
  branding: Branding.optional(),
  /** Set on a reviewer's copy only: the project it was copied from, and when. */
  review: z.object({ sourceId: z.string().min(1), copiedAt: Timestamp }).optional(),
});
export type Project = z.infer<typeof Project>;
/** What a project looks like before defaults are applied (e.g. a hand-written file). */
export type ProjectInput = z.input<typeof Project>;
