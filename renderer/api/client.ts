import {
  contract,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from '../../src/api/contract';
import { ApiCallError } from './api-call-error';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';
import type { Transport } from './transport';

export interface ApiClient {
  /** Runs one operation; resolves with its validated response or throws an ApiCallError. */
  call<K extends OperationName>(operation: K, request: RequestOf<K>): Promise<ResponseOf<K>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(operation, request) {
      const result = await transport(operation, request);
      if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
        throw new ApiCallError({
          code: 'bad-response',
          message: `Malformed reply to ${operation}`,
          details: {},
        });
      }
      if (!result.ok) throw new ApiCallError(result.error);

      const parsed = contract[operation].response.safeParse(result.value);
      if (!parsed.success) {
        throw new ApiCallError({
          code: 'bad-response',
          message: `Unexpected reply to ${operation}: ${parsed.error.message}`,
          details: {},
        });
      }
      return parsed.data as ResponseOf<typeof operation>;
    },
  };
}

function chooseTransport(): Transport {
  if (window.charter) return ipcTransport(window.charter);
  return httpTransport(takeSessionToken());
}

/** The transport is chosen once, at start-up; nothing else in the UI knows which one it is. */
export const api: ApiClient = createApiClient(chooseTransport());
