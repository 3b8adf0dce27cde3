import { useEffect, useState } from 'react';
import type { Project } from '../../../src/model/project';
import type { IntegrityProblem } from '../../../src/signoff/integrity-problem';
import { api } from '../../api/client';

/**
 * What no longer holds in the file as it was opened (its signed-off versions and pending
 * request), checked once by the host, which hashes and verifies signatures.
 */
export function useIntegrityCheck(opened: Project): IntegrityProblem[] {
  const [problems, setProblems] = useState<IntegrityProblem[]>([]);
  useEffect(() => {
    let live = true;
    // A check that cannot run says nothing: the exports themselves refuse an altered text.
    api.call('signOff.checkIntegrity', { project: opened }).then(
      (found) => live && setProblems(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [opened]);
  return problems;
}
