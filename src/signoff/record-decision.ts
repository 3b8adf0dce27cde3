import { CharterError } from '../errors/charter-error';
import { addCalendarMonths } from '../formalities/iso-date';
import type { Project } from '../model/project';
import type { Role } from '../model/role';
import type { Approval, SignOffRequest, Version } from '../model/sign-off';
import type { Timestamp } from '../model/timestamp';
import { contentOf, sameContent } from './version-content';
import { monthsUntilReview } from './review-interval';
import { nextVersionNumber } from './version-number';

export interface DecisionInput {
  role: Role;
  name: string;
  decision: Approval['decision'];
  reason?: string;
}

/** The request a decision can be made on, or an error that says what to do first. */
export function pendingRequest(project: Project): SignOffRequest {
  const { request } = project.signOff;
  if (project.meta.status === 'sign-off-requested' && request) return request;
  throw new CharterError(
    'invalid-input',
    'Sign-off has not been requested for this text: request it first (“Demander la validation”, or charter request-signoff).',
  );
}

/**
 * An approver's decision on the pending request, not yet signed nor recorded: what a signature
 * covers is fixed here (docs/fingerprint.md).
 */
export function prepareDecision(project: Project, input: DecisionInput, now: Timestamp): Approval {
  const request = pendingRequest(project);
  if (project.review) {
    throw new CharterError(
      'invalid-input',
      'This is a reviewer’s copy: decisions are made on the charter itself, where they count.',
    );
  }
  // What is decided on is what the approver reads: the request's frozen text is the live one.
  if (!sameContent(request.content, contentOf(project))) {
    throw new CharterError(
      'invalid-file',
      'The text waiting for sign-off is not the text of this charter: the file was changed outside Charter Studio. Nothing was recorded; request sign-off again.',
    );
  }
  const name = input.name.trim();
  if (name === '') throw new CharterError('invalid-input', 'An approver’s name is required.');
  if (!request.roles.includes(input.role)) {
    throw new CharterError(
      'invalid-input',
      `This request needs the approval of ${request.roles.join(', ')}, not ${input.role}.`,
    );
  }
  const previous = decisionsOn(project, request).get(input.role);
  if (previous?.decision === 'approved' && input.decision === 'approved') {
    throw new CharterError(
      'invalid-input',
      `${input.role} already approved this text (${previous.name}, ${previous.date}).`,
    );
  }
  const reason = input.reason?.trim();
  if (input.decision === 'rejected' && !reason) {
    throw new CharterError(
      'invalid-input',
      'A rejection needs a reason, for the author to act on.',
    );
  }
  return {
    versionNumber: nextVersionNumber(project),
    role: input.role,
    name,
    decision: input.decision,
    date: now,
    ...(reason ? { reason } : {}),
    fingerprint: request.fingerprint,
  };
}

/** The latest decision of each role on the request: a role may reject, then approve a fix. */
export function decisionsOn(project: Project, request: SignOffRequest): Map<Role, Approval> {
  const decisions = new Map<Role, Approval>();
  const versionNumber = nextVersionNumber(project);
  for (const approval of project.approvals) {
    // The same text signed off before (an edit undone) is another version: its decisions stay there.
    if (
      approval.fingerprint === request.fingerprint &&
      approval.versionNumber === versionNumber &&
      approval.invalidatedAt === undefined
    ) {
      decisions.set(approval.role, approval);
    }
  }
  return decisions;
}

export interface RecordedDecision {
  project: Project;
  /** Set when this decision was the last approval needed. */
  signedOff?: Version;
}

function signOff(project: Project, request: SignOffRequest, now: Timestamp): RecordedDecision {
  const version: Version = {
    number: nextVersionNumber(project),
    status: 'signed-off',
    createdAt: now,
    fingerprint: request.fingerprint,
    roles: request.roles,
    content: request.content,
    ...(request.text === undefined ? {} : { text: request.text }),
    // Absent on a request from before contract 2: the version then reads as contract 1 too.
    ...(request.contract === undefined ? {} : { contract: request.contract }),
  };
  const { request: _done, ...signOffState } = project.signOff;
  const today = now.slice(0, 10);
  const scheduled = signOffState.nextReviewDate;
  return {
    signedOff: version,
    project: {
      ...project,
      meta: { ...project.meta, status: 'signed-off' },
      signOff: {
        ...signOffState,
        // The review the charter promises; a date still ahead was chosen on purpose.
        nextReviewDate:
          scheduled !== undefined && scheduled > today
            ? scheduled
            : addCalendarMonths(today, monthsUntilReview(project)),
      },
      versions: [...project.versions, version],
      history: [
        ...project.history,
        {
          at: now,
          kind: 'signed-off',
          fact: {
            type: 'signed-off',
            version: version.number,
            roles: request.roles,
            fingerprint: version.fingerprint,
          },
        },
      ],
    },
  };
}

/**
 * Records a prepared (and possibly signed) decision. When every role the request names has
 * approved, the snapshot becomes the next version, immutable from then on.
 */
export function recordDecision(
  project: Project,
  approval: Approval,
  now: Timestamp,
): RecordedDecision {
  const request = pendingRequest(project);
  if (approval.fingerprint !== request.fingerprint) {
    throw new CharterError(
      'invalid-input',
      'The text changed since this decision was prepared: read it again before deciding.',
    );
  }
  const recorded: Project = {
    ...project,
    approvals: [...project.approvals, approval],
    history: [
      ...project.history,
      {
        at: approval.date,
        kind: approval.decision,
        actor: approval.name,
        fact: {
          type: 'decided',
          role: approval.role,
          version: approval.versionNumber,
          ...(approval.reason ? { reason: approval.reason } : {}),
        },
      },
    ],
  };
  const decisions = decisionsOn(recorded, request);
  const approved = request.roles.every((role) => decisions.get(role)?.decision === 'approved');
  return approved ? signOff(recorded, request, now) : { project: recorded };
}
