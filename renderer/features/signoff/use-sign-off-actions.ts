import { useCallback, useState } from 'react';
import type { Author } from '../../../src/model/comment';
import type { Role } from '../../../src/model/role';
import type { Approval, LifecycleStatus } from '../../../src/model/sign-off';
import { publishVersion } from '../../../src/signoff/publish-version';
import { recordDecision } from '../../../src/signoff/record-decision';
import { latestVersion } from '../../../src/signoff/version-number';
import { api } from '../../api/client';
import type { ProjectStore } from '../editor/project-store';

export type SignOffOutcome = (
  | { kind: 'requested' }
  | { kind: 'decided'; decision: Approval['decision']; signedOff?: number }
  | { kind: 'published'; number: number }
) & {
  /** The charter's status right after: once it moves on, the outcome is old news. */
  status: LifecycleStatus;
};

export type SignOffFailure =
  | { kind: 'request' | 'publish'; error: unknown }
  /** The text changed while the host froze it: what came back is not what is on screen. */
  | { kind: 'changed' };

export interface DecisionChoice {
  decision: Approval['decision'];
  reason: string;
  sign: boolean;
}

const now = () => new Date().toISOString();

/**
 * The sign-off steps on the edited charter. Whatever waits for the host, what comes back is
 * applied to the project as it is then, synchronously, so that nothing typed meanwhile is lost.
 */
export function useSignOffActions(store: ProjectStore, reviewer: Author | null | undefined) {
  const [outcome, setOutcome] = useState<SignOffOutcome | null>(null);
  const [failure, setFailure] = useState<SignOffFailure | null>(null);
  const [requesting, setRequesting] = useState(false);

  const request = useCallback(async () => {
    setOutcome(null);
    setFailure(null);
    setRequesting(true);
    const sent = store.getDocument().project;
    try {
      const { project } = await api.call('signOff.request', {
        project: sent,
        ...(reviewer ? { requestedBy: reviewer.name } : {}),
      });
      // Frozen from the text that was sent: an edit since would be lost, or wrongly approved.
      if (store.getDocument().project !== sent) {
        setFailure({ kind: 'changed' });
        return;
      }
      store.updateProject(() => project);
      setOutcome({ kind: 'requested', status: project.meta.status });
    } catch (error) {
      setFailure({ kind: 'request', error });
    } finally {
      setRequesting(false);
    }
  }, [store, reviewer]);

  /** Throws for the decision dialog to show; the panel reports what a decision brought. */
  const decide = useCallback(
    async ({ decision, reason, sign }: DecisionChoice) => {
      if (!reviewer || reviewer.role === 'employee') return;
      const { approval } = await api.call('signOff.prepareDecision', {
        project: store.getDocument().project,
        role: reviewer.role,
        name: reviewer.name,
        decision,
        ...(reason.trim() ? { reason } : {}),
        sign,
      });
      // recordDecision refuses a decision prepared on a text that has changed since.
      const recorded = recordDecision(store.getDocument().project, approval, now());
      store.updateProject(() => recorded.project);
      setFailure(null);
      setOutcome({
        kind: 'decided',
        status: recorded.project.meta.status,
        decision,
        ...(recorded.signedOff ? { signedOff: recorded.signedOff.number } : {}),
      });
    },
    [store, reviewer],
  );

  const publish = useCallback(() => {
    setOutcome(null);
    setFailure(null);
    try {
      const project = publishVersion(store.getDocument().project, now(), reviewer?.name);
      store.updateProject(() => project);
      // Only the latest version can be published.
      setOutcome({
        kind: 'published',
        status: project.meta.status,
        number: latestVersion(project)?.number ?? 1,
      });
    } catch (error) {
      setFailure({ kind: 'publish', error });
    }
  }, [store, reviewer]);

  const setRequiredRoles = useCallback(
    (roles: Role[]) =>
      store.updateProject((project) => ({
        ...project,
        signOff: { ...project.signOff, requiredRoles: roles },
      })),
    [store],
  );

  const setNextReviewDate = useCallback(
    (date: string | null) =>
      store.updateProject((project) => {
        const { nextReviewDate: _previous, ...signOff } = project.signOff;
        return { ...project, signOff: date ? { ...signOff, nextReviewDate: date } : signOff };
      }),
    [store],
  );

  return {
    request,
    requesting,
    decide,
    publish,
    setRequiredRoles,
    setNextReviewDate,
    outcome,
    failure,
    dismiss: () => {
      setOutcome(null);
      setFailure(null);
    },
  };
}
