import type { Fingerprint } from '../model/sign-off';
import type { CharterSummary } from './charter-summary';
import type { ExportLabels } from './export-labels';

/** What an export says about itself where file managers and readers look: the same in every format. */
export interface DocumentProperties {
  /** What, whose, which version, which text: DOCX description, PDF subject, HTML description. */
  description: string;
  /** The charter's keywords, then the full fingerprint, so that a search for it finds the file. */
  keywords: string;
}

export function documentProperties(
  summary: CharterSummary,
  labels: ExportLabels,
  fingerprint: Fingerprint | undefined,
): DocumentProperties {
  return {
    description: [labels.documentKind, summary.company, summary.version, fingerprint]
      .filter(Boolean)
      .join(' — '),
    keywords: [...labels.keywords, ...(fingerprint === undefined ? [] : [fingerprint])].join(', '),
  };
}
