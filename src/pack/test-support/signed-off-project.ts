import { createSampleProject } from '../../export/sample-project.fixture';
import type { Language } from '../../model/language';
import type { Project } from '../../model/project';
import type { Role } from '../../model/role';
import { DEFAULT_SIGN_OFF_ROLES } from '../../model/sign-off';
import { followEdits } from '../../signoff/follow-edits';
import { publishVersion } from '../../signoff/publish-version';
import { prepareDecision, recordDecision } from '../../signoff/record-decision';
import { requestSignOff } from '../../signoff/request-sign-off';
import { generateSigningKey, signApproval } from '../../signoff/signing-key';

/** Who approves, each with a key of their own, as the app generates them. */
export const APPROVERS: Readonly<Record<Role, string>> = {
  hr: 'Claire Martin',
  legal: 'Maître Élodie Fournier',
  it: 'Karim Benali',
  communication: 'Lou Garnier',
};

/** Legal's first answer on version 1: a reason with a comma, quotes and a line break. */
export const LEGAL_REJECTION =
  'L’article sur les sanctions doit citer le règlement intérieur, « article 12 ».\nÀ revoir avec les RH.';

function decide(
  project: Project,
  role: Role,
  at: string,
  keys: Map<Role, string>,
  rejection?: string,
): Project {
  const key = keys.get(role) ?? generateSigningKey();
  keys.set(role, key);
  const approval = prepareDecision(
    project,
    rejection === undefined
      ? { role, name: APPROVERS[role], decision: 'approved' }
      : { role, name: APPROVERS[role], decision: 'rejected', reason: rejection },
    at,
  );
  return recordDecision(project, signApproval(approval, key), at).project;
}

function signOff(project: Project, day: string, keys: Map<Role, string>): Project {
  return DEFAULT_SIGN_OFF_ROLES.reduce(
    (current, role, index) => decide(current, role, `${day}T1${index}:00:00.000Z`, keys),
    requestSignOff(project, { requestedBy: APPROVERS.hr, now: `${day}T09:00:00.000Z` }),
  );
}

function edit(project: Project, at: string, change: (project: Project) => Project): Project {
  return followEdits(change(project), at).project;
}

/**
 * The sample charter through the whole lifecycle with the core's own functions and real Ed25519
 * keys: version 1 signed off on 4 February 2026 after legal first rejected it, version 2 (a new
 * title, formalities under way) signed off on 5 March and published, then a draft started.
 * The text stays French; `language` sets the charter's, which labels its exports.
 */
export function signedOffProject(language: Language = 'fr'): Project {
  const sample = createSampleProject();
  const keys = new Map<Role, string>();
  let project: Project = {
    ...sample,
    meta: { ...sample.meta, title: 'Charte réseaux sociaux', language, status: 'draft' },
    answers: { ...sample.answers, 'legal.route': 'reglement-interieur' },
    signOff: { requiredRoles: [...DEFAULT_SIGN_OFF_ROLES], versionsBefore: 0 },
    versions: [],
    approvals: [],
    history: [{ at: '2026-01-05T09:00:00.000Z', kind: 'created', actor: APPROVERS.hr }],
  };
  project = requestSignOff(project, { requestedBy: APPROVERS.hr, now: '2026-02-02T09:00:00.000Z' });
  project = decide(project, 'legal', '2026-02-03T08:30:00.000Z', keys, LEGAL_REJECTION);
  project = DEFAULT_SIGN_OFF_ROLES.reduce(
    (current, role, index) => decide(current, role, `2026-02-04T1${index}:45:00.000Z`, keys),
    project,
  );
  project = edit(project, '2026-03-01T08:00:00.000Z', (current) => ({
    ...current,
    meta: { ...current.meta, title: 'Charte d’utilisation des réseaux sociaux' },
    answers: { ...current.answers, 'formalities.cseOpinionDate': '2026-02-20' },
  }));
  project = signOff(project, '2026-03-05', keys);
  project = publishVersion(project, '2026-03-06T09:00:00.000Z', APPROVERS.hr);
  return edit(project, '2026-03-09T15:00:00.000Z', (current) => ({
    ...current,
    meta: { ...current.meta, title: 'Charte réseaux sociaux 2026' },
  }));
}
