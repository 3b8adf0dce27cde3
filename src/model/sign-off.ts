import { z } from 'zod';
import { Section } from './clause';
import { Role } from './role';
import { Timestamp } from './timestamp';

export const LifecycleStatus = z.enum([
  'draft',
  'in-review',
  'sign-off-requested',
  'signed-off',
  'published',
]);
export type LifecycleStatus = z.infer<typeof LifecycleStatus>;

export const Approval = z.object({
  versionNumber: z.number().int().min(1),
  role: Role,
  name: z.string().min(1),
  decision: z.enum(['approved', 'rejected']),
  date: Timestamp,
  reason: z.string().optional(),
});
export type Approval = z.infer<typeof Approval>;

/** A signed-off version: a frozen copy of the text that was approved. */
export const Version = z.object({
  number: z.number().int().min(1),
  status: z.enum(['signed-off', 'published']),
  createdAt: Timestamp,
  fingerprint: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional(),
  sections: z.array(Section),
});
export type Version = z.infer<typeof Version>;
