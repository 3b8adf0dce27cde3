import type { ApiResult, OperationName } from '../../src/api/contract';

/** Carries one operation to the core and brings back its envelope, whatever the channel. */
export type Transport = (operation: OperationName, payload: unknown) => Promise<ApiResult<unknown>>;
