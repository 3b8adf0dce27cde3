import { CharterError } from '../errors/charter-error';
import { describeZodError } from '../errors/describe-zod-error';
import { apiFailure, contract, isOperationName, type ApiResult } from './contract';
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
    return apiFailure('invalid-input', `Unknown operation ${JSON.stringify(operation)}.`);
  }
  const request = contract[operation].request.safeParse(payload ?? {});
  if (!request.success) {
    return apiFailure(
      'invalid-input',
      `Invalid request for ${operation}: ${describeZodError(request.error)}.`,
    );
  }
  try {
    const handler = handlers[operation] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(request.data) };
  } catch (error) {
    if (error instanceof CharterError) return apiFailure(error.code, error.message, error.details);
    // Unexpected errors keep their message for the user but never a stack across the boundary.
    return apiFailure(
      'internal',
      `Unexpected error in ${operation}: ${(error as Error)?.message ?? String(error)}`,
    );
  }
}
