import type { z } from 'zod';
import { CharterError, type CharterErrorCode } from './charter-error';
import { describeZodError } from './describe-zod-error';

/**
 * `data` checked against `schema`, or a CharterError whose message names each field and its
 * problem: `describe` receives them as `describeZodError` writes them and returns the sentence.
 * `details` may be computed from the error, e.g. to name the first field.
 */
export function parseOrThrow<T>(
  schema: z.ZodType<T>,
  data: unknown,
  code: CharterErrorCode,
  describe: (problems: string) => string,
  details?: Record<string, string> | ((error: z.ZodError) => Record<string, string>),
): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new CharterError(
    code,
    describe(describeZodError(result.error)),
    typeof details === 'function' ? details(result.error) : details,
  );
}
