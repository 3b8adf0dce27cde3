import { createContext } from 'react';
import type { ResponseOf } from '../../src/api/contract';

export type HostInfo = ResponseOf<'host.info'>;

export const HostContext = createContext<HostInfo | null>(null);
