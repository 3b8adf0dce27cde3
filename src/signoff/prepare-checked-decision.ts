import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { Approval } from '../model/sign-off';
import type { Timestamp } from '../model/timestamp';
import { prepareDecision, type DecisionInput } from './record-decision';
import { draftFingerprint } from './request-sign-off';

/**
 * prepareDecision, after checking that the request's fingerprint is the one its text gives: a
 * file altered outside Charter Studio must never get a signature on a text the approver did not
 * read. Hosts and the CLI, which sign, call this one.
 */
export function prepareCheckedDecision(
  project: Project,
  input: DecisionInput,
  now: Timestamp,
): Approval {
  const approval = prepareDecision(project, input, now);
  if (draftFingerprint(project) !== approval.fingerprint) {
    throw new CharterError(
      'invalid-file',
      'The fingerprint waiting for sign-off is not the one this text gives: the file was changed outside Charter Studio. Nothing was signed; request sign-off again.',
    );
  }
  return approval;
}
