import type { ApiResult } from '../../src/api/contract';
import type { Transport } from './transport';

/** Web host: each operation is a POST to /api/<operation>, authorised by the per-run token. */
export function httpTransport(token: string | null): Transport {
  return async (operation, payload) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;

    let response: Response;
    try {
      response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
      });
    } catch (cause) {
      return failure('unreachable', String(cause));
    }

    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return failure('bad-response', `HTTP ${response.status} ${response.statusText}`);
    }
  };
}

function failure(code: string, message: string): ApiResult<unknown> {
  return { ok: false, error: { code, message, details: {} } };
}
