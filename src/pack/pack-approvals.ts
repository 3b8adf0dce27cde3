import { currentApprovals } from '../export/current-version';
import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';

/**
 * The decisions that signed a version off, as its YAML export carries them, each with the
 * fingerprint it was given on: with the public key, everything its signature covers
 * (docs/fingerprint.md). `project` is the project as it reads at that version (selectVersion).
 */
export function packApprovals(project: Project, version: Version): string {
  const approvals = currentApprovals(project);
  return writePortableYaml(
    portableYamlDocument({
      version: version.number,
      fingerprint: version.fingerprint,
      signedOffAt: version.createdAt,
      requiredRoles: version.roles,
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
