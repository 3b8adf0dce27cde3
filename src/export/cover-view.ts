import type { Logo } from '../model/branding';
import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
import { shortFingerprint } from '../signoff/short-fingerprint';
import { currentVersionNumber } from './current-version';
import type { CharterSummary } from './charter-summary';
import type { ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';

/** The first page of the DOCX and the PDF, and the head of the HTML page: which text this is. */
export interface CoverView {
  logo: Logo | undefined;
  company: string | undefined;
  title: string;
  /** Version, status, the day it takes effect when known, and the short fingerprint. */
  facts: { label: string; value: string }[];
}

export function coverView(
  project: Project,
  summary: CharterSummary,
  labels: ExportLabels,
  fingerprint: Fingerprint | undefined,
): CoverView {
  const effective = formalitiesView(project, labels)?.effectiveDate;
  return {
    logo: project.branding?.logo,
    company: summary.company,
    title: summary.title,
    facts: [
      { label: labels.version, value: String(currentVersionNumber(project)) },
      { label: labels.status, value: labels.statuses[project.meta.status] },
      ...(effective === undefined ? [] : [{ label: labels.effectiveDate, value: effective.value }]),
      ...(fingerprint === undefined
        ? []
        : [{ label: labels.fingerprint, value: shortFingerprint(fingerprint) }]),
    ],
  };
}
