import type { Project } from '../../model/project';
import type { Role } from '../../model/role';
import { prepareDecision, recordDecision } from '../../signoff/record-decision';
import { generateSigningKey, signApproval } from '../../signoff/signing-key';
import { createSampleProject } from '../sample-project.fixture';

/** A signed-off version, and the private keys of the approvers who signed their decision. */
export interface SignedOffSample {
  /** The sample charter, signed off as version 2: status `signed-off`, no pending request. */
  project: Project;
  /** PKCS#8 PEM keys of the roles that signed (legal and IT); HR approved without signing. */
  signingKeys: Readonly<Partial<Record<Role, string>>>;
}

/**
 * The sample charter (sample-project.fixture.ts) taken to sign-off through the core functions:
 * HR's earlier approval stands unsigned, legal approves after its rejection and IT approves, both
 * signing with a fresh Ed25519 key. Legal's decision falls on the 1st, for « 1er avril 2026 ».
 */
export function createSignedOffSample(): SignedOffSample {
  const signingKeys = { legal: generateSigningKey(), it: generateSigningKey() };
  let project = createSampleProject();
  const decisions = [
    { role: 'legal', name: 'Maître Élodie Fournier', now: '2026-04-01T09:30:00.000Z' },
    { role: 'it', name: 'Karim Benali', now: '2026-04-02T15:45:00.000Z' },
  ] as const;
  for (const { role, name, now } of decisions) {
    const approval = prepareDecision(project, { role, name, decision: 'approved' }, now);
    project = recordDecision(project, signApproval(approval, signingKeys[role]), now).project;
  }
  if (project.meta.status !== 'signed-off') throw new Error('The sample was not signed off');
  return { project, signingKeys };
}
