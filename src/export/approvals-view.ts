import type { Project } from '../model/project';
import { approvedFingerprint, currentApprovals } from './current-version';
import { type ExportLabels, formatExportDate } from './export-labels';

/** The approvals table as the HTML, PDF and DOCX exports show it, in the charter's language. */
export interface ApprovalsView {
  title: string;
  headings: [role: string, name: string, decision: string, date: string, signature: string];
  rows: {
    role: string;
    name: string;
    decision: string;
    reason: string | undefined;
    date: string;
    /** "signée (Ed25519)" when the decision travels with its signature, else "non signée". */
    signature: string;
  }[];
  /** Under the table: the full fingerprint of the text decided on, for anyone to recompute. */
  fingerprint: { label: string; value: string } | undefined;
}

/**
 * The decisions on the exported text, or null when there are none: a signed-off version always
 * has its approvals; a text waiting for sign-off shows those made so far.
 */
export function approvalsView(project: Project, labels: ExportLabels): ApprovalsView | null {
  const approvals = currentApprovals(project);
  if (approvals.length === 0) return null;
  const fingerprint = approvedFingerprint(project);
  return {
    title: labels.approvals,
    headings: [labels.role, labels.name, labels.decision, labels.date, labels.signature],
    rows: approvals.map((approval) => ({
      role: labels.roles[approval.role],
      name: approval.name,
      decision: labels.decisions[approval.decision],
      reason: approval.reason,
      date: formatExportDate(approval.date, labels),
      signature:
        approval.publicKey !== undefined && approval.signature !== undefined
          ? labels.signed
          : labels.notSigned,
    })),
    fingerprint:
      fingerprint === undefined ? undefined : { label: labels.decidedOn, value: fingerprint },
  };
}
