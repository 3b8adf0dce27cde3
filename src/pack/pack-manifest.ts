import { createHash } from 'node:crypto';
import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import type { Timestamp } from '../model/timestamp';
import type { ZipEntry } from './deterministic-zip';

/** What the manifest of an evidence pack is, for the tools that read it (docs/evidence-pack.md). */
export const PACK_FORMAT = 'charter-studio/evidence-pack@1';

/** Lowercase hex, as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The manifest of a pack: which charter and version, the fingerprint its approvers signed, when
 * the pack was made, and each other file with its size and SHA-256, so any change shows.
 */
export function packManifest(
  project: Project,
  version: Version,
  entries: readonly ZipEntry[],
  createdAt: Timestamp,
): string {
  return writePortableYaml(
    portableYamlDocument({
      format: PACK_FORMAT,
      charter: { id: project.id, title: version.content.title },
      version: version.number,
      fingerprint: version.fingerprint,
      signedOffAt: version.createdAt,
      createdAt,
      files: entries.map(({ name, bytes }) => ({
        name,
        bytes: bytes.length,
        sha256: sha256Hex(bytes),
      })),
    }),
  );
}
