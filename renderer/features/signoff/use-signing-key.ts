import { useCallback, useEffect, useState } from 'react';
import type { SigningStatus } from '../../../src/api/contract';
import { api } from '../../api/client';

export interface SigningKeyState {
  /** Undefined while it loads, or when it could not be read (see `error`). */
  status: SigningStatus | undefined;
  error: { kind: 'load' | 'create'; cause: unknown } | null;
  creating: boolean;
  create(): Promise<void>;
}

/** The user's signing key as the UI knows it: its public half and how it is protected. */
export function useSigningKey(): SigningKeyState {
  const [status, setStatus] = useState<SigningStatus | undefined>(undefined);
  const [error, setError] = useState<SigningKeyState['error']>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('signing.status', {}).then(
      (loaded) => live && setStatus(loaded),
      (cause: unknown) => live && setError({ kind: 'load', cause }),
    );
    return () => {
      live = false;
    };
  }, []);

  const create = useCallback(async () => {
    setCreating(true);
    setError(null);
    try {
      setStatus(await api.call('signing.createKey', {}));
    } catch (cause) {
      setError({ kind: 'create', cause });
    } finally {
      setCreating(false);
    }
  }, []);

  return { status, error, creating, create };
}
