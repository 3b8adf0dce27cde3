import type { Project } from '../../model/project';
import type { Role } from '../../model/role';
import type { Version } from '../../model/sign-off';
import { prepareDecision, recordDecision } from '../record-decision';
import { requestSignOff } from '../request-sign-off';
import { generateSigningKey, signApproval } from '../signing-key';

/** One Ed25519 key per role, made once per test file (key generation is the slow part). */
export function keysByRole(roles: readonly Role[] = ['hr', 'legal', 'it']): Map<Role, string> {
  return new Map(roles.map((role) => [role, generateSigningKey()]));
}

export const APPROVERS: Readonly<Record<Role, string>> = {
  hr: 'Claire Martin',
  legal: 'Élodie Fournier',
  it: 'Karim Benali',
  communication: 'Inès Garnier',
};

/**
 * Requests sign-off and records every required role's approval, signed when a key is given for
 * it: the project signed off as the next version, as the app and the CLI would leave it.
 */
export function signOffAll(
  project: Project,
  now: string,
  keys: ReadonlyMap<Role, string> = new Map(),
): { project: Project; version: Version } {
  let current = requestSignOff(project, { now });
  let version: Version | undefined;
  for (const role of current.signOff.request?.roles ?? []) {
    const prepared = prepareDecision(
      current,
      { role, name: APPROVERS[role], decision: 'approved' },
      now,
    );
    const key = keys.get(role);
    const recorded = recordDecision(current, key ? signApproval(prepared, key) : prepared, now);
    current = recorded.project;
    version = recorded.signedOff ?? version;
  }
  if (!version) throw new Error('Every role approved, yet no version was signed off');
  return { project: current, version };
}
