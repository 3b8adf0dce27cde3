import { z } from 'zod';
import { Timestamp } from './timestamp';

/**
 * What a project file was when we last read or wrote it. The digest decides whether it changed
 * (a `touch` or a copy of the same bytes is no change); the time and size tell the user when.
 */
export const FileIdentity = z.object({
  modifiedAt: Timestamp,
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileIdentity = z.infer<typeof FileIdentity>;
