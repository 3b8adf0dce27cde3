import type { Project } from '../model/project';
import type { Timestamp } from '../model/timestamp';
import { contentOf, sameContent } from './version-content';
import { isFrozen, latestVersion } from './version-number';

export interface FollowedEdits {
  project: Project;
  /** Set when an edit withdrew a pending request: how many decisions no longer count. */
  withdrawn?: { invalidated: number };
  /** Set when an edit started a draft after this signed-off version. */
  reopenedFrom?: number;
}

function withdraw(project: Project, now: Timestamp): FollowedEdits {
  const { request, ...signOff } = project.signOff;
  let invalidated = 0;
  const approvals = project.approvals.map((approval) => {
    if (approval.fingerprint !== request?.fingerprint || approval.invalidatedAt) return approval;
    invalidated += 1;
    return { ...approval, invalidatedAt: now };
  });
  return {
    withdrawn: { invalidated },
    project: {
      ...project,
      meta: { ...project.meta, status: 'draft' },
      signOff,
      approvals,
      history: [
        ...project.history,
        {
          at: now,
          kind: 'withdrawn',
          fact: { type: 'request-withdrawn', invalidated },
        },
      ],
    },
  };
}

/**
 * Keeps the lifecycle true to the text after any change: an edit while sign-off is requested
 * withdraws the request (decisions on the old text stop counting, and stay on record); an edit of
 * a signed-off text starts a new draft. Versions themselves never change.
 */
export function followEdits(project: Project, now: Timestamp): FollowedEdits {
  const { status } = project.meta;
  const { request } = project.signOff;
  if (status === 'sign-off-requested' && request) {
    return sameContent(request.content, contentOf(project)) ? { project } : withdraw(project, now);
  }
  const latest = latestVersion(project);
  if (!isFrozen(project) || !latest || sameContent(latest.content, contentOf(project))) {
    return { project };
  }
  return {
    reopenedFrom: latest.number,
    project: {
      ...project,
      meta: { ...project.meta, status: 'draft' },
      history: [
        ...project.history,
        { at: now, kind: 'edited', fact: { type: 'draft-started', from: latest.number } },
      ],
    },
  };
}
