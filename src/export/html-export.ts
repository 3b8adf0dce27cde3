import type { Clause, Section } from '../model/clause';
import type { Role } from '../model/role';
import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
import { shownRationale } from '../model/shown-rationale';
import { escapeHtml } from '../rich-text/escape-html';
import { richTextToHtml } from '../rich-text/to-html';
import { CHANGES_APPENDIX_STYLES, changesAppendixHtml } from './changes-appendix-html';
import { summarizeCharter } from './charter-summary';
import { approvalsView } from './approvals-view';
import type { DocumentExportOptions } from './document-export-options';
import { documentMarks } from './document-marks';
import { documentProperties } from './document-properties';
import { EXPORT_LABELS, type ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';
import { documentFooterHtml, draftMarkHtml, propertiesMetaHtml } from './html-marks';
import { CHARTER_STYLES } from './html-styles';

/** The page may load nothing and run nothing, wherever it is opened. */
export const EXPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlExportOptions extends DocumentExportOptions {
  /** Fixed words, when they should not follow the charter's language. */
  labels?: ExportLabels;
  /**
   * The text's fingerprint (exportFingerprint), for its <meta> and footer. A preview, redrawn at
   * each keystroke, has none; this module stays free of node:crypto.
   */
  fingerprint?: Fingerprint;
}

/**
 * The charter as one standalone HTML document: inline styles, no script, nothing to fetch. It is
 * the preview in the app and the source the PDF printers print, so both look the same.
 */
export function exportHtml(project: Project, options: HtmlExportOptions = {}): string {
  const labels = options.labels ?? EXPORT_LABELS[project.meta.language];
  const includeOwners = options.includeOwners === true;
  const summary = summarizeCharter(project, labels);
  const marks = documentMarks(project, labels, options.fingerprint);
  const properties = documentProperties(summary, labels, options.fingerprint);
  const company =
    summary.company === undefined ? '' : `<p class="company">${escapeHtml(summary.company)}</p>\n`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(project.meta.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Charter Studio">
${propertiesMetaHtml(properties, options.fingerprint)}<title>${escapeHtml(summary.title)}</title>
<style>${CHARTER_STYLES}${options.changesSince === undefined ? '' : CHANGES_APPENDIX_STYLES}</style>
</head>
<body>
${draftMarkHtml(marks)}<main class="charter">
<header class="title-block">
${company}<h1>${escapeHtml(summary.title)}</h1>
<p class="version">${escapeHtml(summary.version)}</p>
</header>
${project.sections.map((section, index) => sectionHtml(section, index + 1, labels, includeOwners)).join('\n')}
${formalitiesHtml(project, labels)}${approvalsHtml(project, labels)}${changesAppendixHtml(project, options)}</main>
${documentFooterHtml(summary, labels, marks)}</body>
</html>
`;
}

function sectionHtml(
  section: Section,
  number: number,
  labels: ExportLabels,
  includeOwners: boolean,
): string {
  const owner = includeOwners ? `${ownerHtml(section.owner, labels)}\n` : '';
  return `<section id="section-${escapeHtml(section.id)}">
<h2><span class="number">${number}</span> ${escapeHtml(section.title)}</h2>
${owner}${section.clauses.map((clause) => clauseHtml(clause, section.owner, labels, includeOwners)).join('\n')}
</section>`;
}

function clauseHtml(
  clause: Clause,
  sectionOwner: Role,
  labels: ExportLabels,
  includeOwners: boolean,
): string {
  const title = clause.title ? `<h3>${escapeHtml(clause.title)}</h3>\n` : '';
  // The section says who owns its clauses; a clause says so only when it differs.
  const owner =
    includeOwners && clause.owner !== sectionOwner ? `${ownerHtml(clause.owner, labels)}\n` : '';
  return `<article class="clause" id="clause-${escapeHtml(clause.id)}">
${title}${owner}<div class="body">
${richTextToHtml(clause.body)}
</div>
${rationaleHtml(clause, labels)}</article>`;
}

/** The charter promises a reason for each rule that limits a freedom: it is shown here. */
function rationaleHtml(clause: Clause, labels: ExportLabels): string {
  const rationale = shownRationale(clause);
  if (rationale === undefined) return '';
  return `<aside class="rationale">
<p class="rationale-title">${escapeHtml(labels.rationale)}</p>
<p>${escapeHtml(rationale)}</p>
</aside>
`;
}

function ownerHtml(owner: Role, labels: ExportLabels): string {
  return `<p class="owner">${escapeHtml(`${labels.owner} ${labels.roles[owner]}`)}</p>`;
}

function formalitiesHtml(project: Project, labels: ExportLabels): string {
  const view = formalitiesView(project, labels);
  if (view === null) return '';
  const rows = view.rows.map(
    (row) =>
      `<tr><td>${escapeHtml(row.step)}</td><td${row.done ? '' : ' class="pending"'}>${escapeHtml(row.date)}</td></tr>`,
  );
  return `<section class="formalities">
<h2>${escapeHtml(view.title)}</h2>
<p class="reason">${escapeHtml(view.reason)}</p>
<table>
<thead><tr>${view.headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="effective-date"><strong>${escapeHtml(view.effectiveDate.label)}</strong> ${escapeHtml(view.effectiveDate.value)}</p>
</section>
`;
}

/** Who decided on this very text, and the fingerprint that ties each decision to it. */
function approvalsHtml(project: Project, labels: ExportLabels): string {
  const view = approvalsView(project, labels);
  if (view === null) return '';
  const rows = view.rows.map((row) => {
    const reason = row.reason ? `<br><span class="reason">${escapeHtml(row.reason)}</span>` : '';
    return (
      `<tr><th scope="row">${escapeHtml(row.role)}</th><td>${escapeHtml(row.name)}</td>` +
      `<td>${escapeHtml(row.decision)}${reason}</td><td class="date">${escapeHtml(row.date)}</td>` +
      `<td class="signature">${escapeHtml(row.signature)}</td></tr>`
    );
  });
  const fingerprint =
    view.fingerprint === undefined
      ? ''
      : `<p class="fingerprint">${escapeHtml(view.fingerprint.label)}<br><code>${escapeHtml(view.fingerprint.value)}</code></p>\n`;
  return `<section class="approvals">
<h2>${escapeHtml(view.title)}</h2>
<table>
<thead><tr>${view.headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${fingerprint}</section>
`;
}
