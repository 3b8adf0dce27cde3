import type { Section } from '../../model/clause';
import type { Project } from '../../model/project';
import type { Timestamp } from '../../model/timestamp';
import { followEdits } from '../../signoff/follow-edits';
import { prepareDecision, recordDecision } from '../../signoff/record-decision';
import { requestSignOff } from '../../signoff/request-sign-off';

/** Signs the live text off as the next version, as its approvers would: request, then approvals. */
export function signOff(project: Project, now: Timestamp): Project {
  let current = requestSignOff(project, { now, requestedBy: 'Claire Martin' });
  for (const role of current.signOff.request?.roles ?? []) {
    const decision = { role, name: `Approver (${role})`, decision: 'approved' } as const;
    current = recordDecision(current, prepareDecision(current, decision, now), now).project;
  }
  return current;
}

/** Edits the live text as the editor would, and lets the lifecycle follow: a draft starts. */
export function editSections(
  project: Project,
  edit: (sections: Section[]) => Section[],
  now: Timestamp,
): Project {
  return followEdits({ ...project, sections: edit(structuredClone(project.sections)) }, now)
    .project;
}
