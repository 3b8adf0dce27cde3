import { z } from 'zod';

/** Who owns a clause: the team that drafts it and answers for it in review. */
export const Role = z.enum(['hr', 'legal', 'it', 'communication']);
export type Role = z.infer<typeof Role>;
