import { CharterError } from '../errors/charter-error';
import { describeZodError } from '../errors/describe-zod-error';
import { contract, isOperationName, type ApiResult } from './contract';
import type { Handlers } from './create-handlers';

/**
 * The single entry point every transport calls: checks the operation and its payload against
 * the contract, runs the handler, and turns any failure into an error envelope.
 */
export async function dispatch(
  handlers: Handlers,
  operation: unknown,
  payload: unknown,
): Promise<ApiResult<unknown>> {
  if (!isOperationName(operation)) {
    return failure('invalid-input', `Unknown operation ${JSON.stringify(operation)}.`);
  }
  const request = contract[operation].request.safeParse(payload ?? {});
  if (!request.success) {
    return failure(
      'invalid-input',
      `Invalid request for ${operation}: ${describeZodError(request.error)}.`,
    );
  }
  try {
    const handler = handlers[operation] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(request.data) };
  } catch (error) {
    if (error instanceof CharterError) return failure(error.code, error.message, error.details);
    // Unexpected errors keep their message for the user but never a stack across the boundary.
    return failure(
      'internal',
      `Unexpected error in ${operation}: ${(error as Error)?.message ?? String(error)}`,
    );
  }
}

function failure(
  code: string,
  message: string,
  details: Record<string, string> = {},
): ApiResult<never> {
  return { ok: false, error: { code, message, details } };
}
