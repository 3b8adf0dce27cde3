import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the component is still on screen: an answer that arrives after the user left (e.g.
 * quit the wizard while it was generating) must not act on their behalf.
 */
export function useStillMounted(): () => boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
