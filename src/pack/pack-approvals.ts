import { currentApprovals } from '../export/current-version';
import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { Project } from '../model/project';
import { Role } from '../model/role';
import type { Version } from '../model/sign-off';

/**
 * The decisions that signed a version off, as its YAML export carries them, each with the
 * fingerprint it was given on: with the public key, everything its signature covers
 * (docs/fingerprint.md). `project` is the project as it reads at that version (selectVersion).
 */
export function packApprovals(project: Project, version: Version): string {
  const approvals = currentApprovals(project);
  // A request's roles are the only ones that may decide on it, and all of them approved: the
  // roles that approved are those whose approval the version needed.
  const approved = new Set(
    approvals.filter((approval) => approval.decision === 'approved').map(({ role }) => role),
  );
  return writePortableYaml(
    portableYamlDocument({
      version: version.number,
      fingerprint: version.fingerprint,
      signedOffAt: version.createdAt,
      requiredRoles: Role.options.filter((role) => approved.has(role)),
      approvals: approvals.map(
        ({ role, name, decision, date, reason, fingerprint, publicKey, signature }) => ({
          role,
          name,
          decision,
          date,
          ...(reason === undefined ? {} : { reason }),
          ...(fingerprint === undefined ? {} : { fingerprint }),
          ...(publicKey === undefined ? {} : { publicKey }),
          ...(signature === undefined ? {} : { signature }),
        }),
      ),
    }),
  );
}
