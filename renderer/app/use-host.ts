import { useContext } from 'react';
import { HostContext, type HostInfo } from './host-context';

export function useHost(): HostInfo {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost must be used inside <HostContext.Provider>');
  return host;
}
