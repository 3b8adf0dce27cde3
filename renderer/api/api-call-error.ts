import type { ApiError } from '../../src/api/contract';

/** Codes the client itself raises when no well-formed answer came back from the core. */
export const CLIENT_ERROR_CODES = ['unreachable', 'bad-response'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** An operation the core refused or could not complete, as told by the ApiResult envelope. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly details: Record<string, string>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

export function isClientErrorCode(code: string): code is ClientErrorCode {
  return (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}

/** The core refuses to replace an existing file unless the request says overwrite: true. */
export function isFileExistsError(error: unknown): error is ApiCallError {
  return (
    error instanceof ApiCallError &&
    error.code === 'invalid-input' &&
    error.details.reason === 'exists'
  );
}
