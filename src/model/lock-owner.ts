import { z } from 'zod';
import { Timestamp } from './timestamp';

/** Who has a project file open, as its lock file says (src/store/project-lock.ts). */
export const LockOwner = z.object({
  app: z.string(),
  host: z.string(),
  user: z.string(),
  pid: z.number().int(),
  openedAt: Timestamp,
});
export type LockOwner = z.infer<typeof LockOwner>;
