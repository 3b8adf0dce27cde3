import { CharterError } from '../errors/charter-error';
import { exportFingerprint, toExportDocument } from '../export/export-document';
import { contractOfFormat } from '../model/export-contract';
import type { Project } from '../model/project';
import type { Role } from '../model/role';
import type { Fingerprint } from '../model/sign-off';
import type { Timestamp } from '../model/timestamp';
import { fingerprintedText } from './fingerprinted-text';
import { contentOf, sameContent } from './version-content';
import { latestVersion, nextVersionNumber } from './version-number';

export interface SignOffRequestOptions {
  /** Whose approval is needed; the charter's own list when left out. */
  roles?: readonly Role[];
  requestedBy?: string;
  now: Timestamp;
}

/** The fingerprint the live text will carry once signed off (docs/fingerprint.md). */
export function draftFingerprint(project: Project): Fingerprint {
  return exportFingerprint(project);
}

function refuseRequest(project: Project): void {
  if (project.review) {
    throw new CharterError(
      'invalid-input',
      'This is a reviewer’s copy: sign-off is requested on the charter itself.',
    );
  }
  const latest = latestVersion(project);
  // Also when an edit was undone by hand: the same text would be signed off twice.
  if (latest && sameContent(latest.content, contentOf(project))) {
    throw new CharterError(
      'invalid-input',
      `This text is already version ${latest.number}, signed off: edit it to start a new draft.`,
    );
  }
  const { request } = project.signOff;
  if (project.meta.status === 'sign-off-requested' && request) {
    throw new CharterError(
      'invalid-input',
      `Sign-off of this text is already requested from ${request.roles.join(', ')}: edit the text to withdraw the request first.`,
    );
  }
}

/**
 * Freezes the live text for approval: approvers decide on this snapshot, identified by its
 * fingerprint. One request at a time: an edit withdraws it.
 */
export function requestSignOff(project: Project, options: SignOffRequestOptions): Project {
  refuseRequest(project);
  const roles = [...new Set(options.roles ?? project.signOff.requiredRoles)];
  if (roles.length === 0) {
    throw new CharterError('invalid-input', 'Name at least one role whose approval is needed.');
  }
  const document = toExportDocument(project);
  const { fingerprint } = document.version;
  if (fingerprint === undefined) throw new Error('An export document has no fingerprint');
  const number = nextVersionNumber(project);
  return {
    ...project,
    meta: { ...project.meta, status: 'sign-off-requested' },
    signOff: {
      ...project.signOff,
      requiredRoles: roles,
      request: {
        requestedAt: options.now,
        ...(options.requestedBy === undefined ? {} : { requestedBy: options.requestedBy }),
        roles,
        fingerprint,
        content: contentOf(project),
        text: fingerprintedText(document),
        contract: contractOfFormat(document.format),
      },
    },
    history: [
      ...project.history,
      {
        at: options.now,
        kind: 'requested',
        ...(options.requestedBy === undefined ? {} : { actor: options.requestedBy }),
        fact: { type: 'sign-off-requested', version: number, roles, fingerprint },
      },
    ],
  };
}
