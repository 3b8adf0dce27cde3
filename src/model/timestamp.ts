import { z } from 'zod';

/** An instant, always stored as an ISO 8601 string in UTC so files diff and sort cleanly. */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;
