import { z } from 'zod';
import { IsoDate } from '../formalities/iso-date';
import { Answers } from './answers';
import { ExportContract } from './export-contract';
import { Section } from './clause';
import { Language } from './language';
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

/** `sha256:` and 64 lowercase hex digits: the fingerprint of a text (docs/fingerprint.md). */
export const Fingerprint = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex>');
export type Fingerprint = z.infer<typeof Fingerprint>;

/** An Ed25519 public key: `ed25519:` and the 32 raw bytes in base64 (docs/fingerprint.md). */
export const PublicKey = z
  .string()
  .regex(/^ed25519:[A-Za-z0-9+/]{43}=$/, 'expected ed25519:<base64>');

/** An Ed25519 signature: its 64 bytes in base64. */
export const Signature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'expected 64 bytes in base64');

/** One approver's decision on one text, identified by its fingerprint. */
export const Approval = z.object({
  versionNumber: z.number().int().min(1),
  role: Role,
  name: z.string().trim().min(1),
  decision: z.enum(['approved', 'rejected']),
  date: Timestamp,
  reason: z.string().optional(),
  /** The text decided on; absent only in files written before fingerprints existed. */
  fingerprint: Fingerprint.optional(),
  publicKey: PublicKey.optional(),
  signature: Signature.optional(),
  /** Set when the text changed after the decision: it no longer counts, but stays on record. */
  invalidatedAt: Timestamp.optional(),
});
export type Approval = z.infer<typeof Approval>;

/** Everything a version's exports are made of: freezing it freezes the text approvers read. */
export const VersionContent = z.object({
  title: z.string().min(1),
  language: Language,
  template: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  answers: Answers,
  sections: z.array(Section),
});
export type VersionContent = z.infer<typeof VersionContent>;

/**
 * The export document a fingerprint was computed over, without `version` and `approvals`, exactly
 * as it was exported then: a version's YAML is this text, so it verifies even after the export
 * format gains fields. Absent in files written before it was kept.
 */
export const FingerprintedText = z.record(z.string(), z.unknown());
export type FingerprintedText = z.infer<typeof FingerprintedText>;

/** A signed-off version: immutable, numbered, identified by the fingerprint its approvers signed. */
export const Version = z.object({
  number: z.number().int().min(1),
  status: z.enum(['signed-off', 'published']),
  /** When the last required approval came in. */
  createdAt: Timestamp,
  publishedAt: Timestamp.optional(),
  fingerprint: Fingerprint,
  /** Whose approval it needed: every one of them approved. */
  roles: z.array(Role).min(1),
  content: VersionContent,
  text: FingerprintedText.optional(),
  /** The export contract its fingerprint was computed under; absent in files from before @2: 1. */
  contract: ExportContract.optional(),
});
export type Version = z.infer<typeof Version>;

/** A pending request: the text frozen for approval, and whose approval it needs. */
export const SignOffRequest = z.object({
  requestedAt: Timestamp,
  requestedBy: z.string().optional(),
  roles: z.array(Role).min(1),
  fingerprint: Fingerprint,
  content: VersionContent,
  text: FingerprintedText.optional(),
  /** As on a version: the contract `fingerprint` was computed under, 1 when absent. */
  contract: ExportContract.optional(),
});
export type SignOffRequest = z.infer<typeof SignOffRequest>;

export const DEFAULT_SIGN_OFF_ROLES: readonly Role[] = ['hr', 'legal', 'it'];

export const SignOff = z.object({
  /** Whose approval a version needs, set per charter. */
  requiredRoles: z
    .array(Role)
    .min(1)
    .default(() => [...DEFAULT_SIGN_OFF_ROLES]),
  request: SignOffRequest.optional(),
  /** The day the charter is next due for review. */
  nextReviewDate: IsoDate.optional(),
  /** Versions signed off before this file existed (an imported export of version N > 1). */
  versionsBefore: z.number().int().min(0).default(0),
});
export type SignOff = z.infer<typeof SignOff>;
