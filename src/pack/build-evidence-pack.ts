import { longDateTime } from '../dates/long-date';
import { summarizeCharter } from '../export/charter-summary';
import { EXPORT_LABELS, formatExportDate } from '../export/export-labels';
import { exportProject, type ExportDependencies } from '../export/export-project';
import { writeHistory } from '../history/write-history';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import type { Timestamp } from '../model/timestamp';
import { selectVersion, type VersionSelector } from '../signoff/select-version';
import { deterministicZip, type ZipEntry } from './deterministic-zip';
import { formalitiesMarkdown } from './formalities-markdown';
import { packApprovals } from './pack-approvals';
import { packFileName, README_NAME, type PackFileKind } from './pack-file-names';
import { PACK_LABELS } from './pack-labels';
import { packReadme } from './pack-readme';
import { packManifest } from './pack-manifest';
import { versionToPack } from './version-to-pack';

export interface EvidencePack {
  version: Version;
  /** The ZIP. */
  bytes: Uint8Array;
  /** What it holds, in order. */
  entries: ZipEntry[];
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

type Contents = Readonly<Record<Exclude<PackFileKind, 'manifest'>, Uint8Array>>;

/** Every file of the pack that the manifest lists, but the README, made from the version. */
async function packContents(
  project: Project,
  version: Version,
  dependencies: ExportDependencies,
): Promise<Contents> {
  const { language } = version.content;
  // One document after the other: the PDF printer of a host prints one page at a time.
  const pdf = await exportProject(project, 'pdf', dependencies);
  const docx = await exportProject(project, 'docx', dependencies);
  const yaml = await exportProject(project, 'yaml', dependencies);
  return {
    pdf,
    docx,
    yaml,
    approvals: utf8(packApprovals(project, version)),
    formalities: utf8(formalitiesMarkdown(project, version)),
    auditTrailMarkdown: utf8(writeHistory(project, 'md', language)),
    auditTrailCsv: utf8(writeHistory(project, 'csv', language)),
  };
}

/**
 * The evidence pack of a signed-off version (docs/evidence-pack.md): its PDF, DOCX and YAML, its
 * approvals with their signatures, its adoption formalities, the audit trail, a README saying how
 * to check it all, and a manifest of every file's SHA-256. Every file is dated the day the
 * version was signed off; only `now`, the pack's own date, changes from one pack to the next.
 */
export async function buildEvidencePack(
  project: Project,
  selector: VersionSelector,
  dependencies: ExportDependencies,
  now: Timestamp,
): Promise<EvidencePack> {
  const version = versionToPack(project, selector);
  const atVersion = selectVersion(project, version.number);
  const contents = await packContents(atVersion, version, dependencies);
  const listed = (Object.keys(contents) as (keyof Contents)[]).map((kind) => ({
    kind,
    name: packFileName(kind, version.number),
    bytes: contents[kind],
  }));
  const { language } = version.content;
  const labels = EXPORT_LABELS[language];
  const pack = PACK_LABELS[language];
  const manifestName = packFileName('manifest', version.number);
  const readme: ZipEntry = {
    name: README_NAME,
    bytes: utf8(
      packReadme(
        pack.readme({
          title: version.content.title,
          company: summarizeCharter(atVersion, labels).company ?? '',
          version: version.number,
          fingerprint: version.fingerprint,
          signedOffOn: formatExportDate(version.createdAt, labels),
          packedAt: longDateTime(new Date(now), labels.locale),
          contents: [
            { name: manifestName, description: pack.files.manifest },
            ...listed.map(({ kind, name }) => ({ name, description: pack.files[kind] })),
          ],
          listed: [README_NAME, ...listed.map(({ name }) => name)],
          yamlName: packFileName('yaml', version.number),
        }),
      ),
    ),
  };
  const others = listed.map(({ name, bytes }) => ({ name, bytes }));
  const manifest: ZipEntry = {
    name: manifestName,
    bytes: utf8(packManifest(project, version, [readme, ...others], now)),
  };
  const entries = [readme, manifest, ...others];
  return { version, entries, bytes: deterministicZip(entries, version.createdAt) };
}
