/** The files of an evidence pack, but its README, in the order the README and manifest list them. */
export const PACK_FILE_KINDS = [
  'manifest',
  'pdf',
  'docx',
  'yaml',
  'approvals',
  'formalities',
  'auditTrailMarkdown',
  'auditTrailCsv',
] as const;
export type PackFileKind = (typeof PACK_FILE_KINDS)[number];

/** Fixed names, so tools and readers find the files; the charter's carry its version number. */
export function packFileName(kind: PackFileKind, version: number): string {
  switch (kind) {
    case 'manifest':
      return 'manifest.yaml';
    case 'pdf':
    case 'docx':
    case 'yaml':
      return `charter-v${version}.${kind}`;
    case 'approvals':
      return 'approvals.yaml';
    case 'formalities':
      return 'formalities.md';
    case 'auditTrailMarkdown':
      return 'audit-trail.md';
    case 'auditTrailCsv':
      return 'audit-trail.csv';
  }
}

export const README_NAME = 'README.txt';
