import type { ApiResult } from '../../src/api/contract';

/** The one object the Electron preload exposes; absent when the UI runs in a browser. */
export interface CharterBridge {
  invoke(operation: string, payload: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    charter?: CharterBridge;
  }
}
