import type { Clause, Section } from '../model/clause';
import type { Language } from '../model/language';
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
import { exportAccent } from './accent-colour';
import { titledClauseNumbers } from './article-numbers';
import { type CoverView, coverView } from './cover-view';
import { fontFaceCss } from './fonts/charter-fonts';
import { typesetRichText, typesetText } from './french-typography';
import { hyphenateHtml } from './hyphenate-html';
import { pageFrameCss } from './html-page-frame';
import { clauseAnchor, END_ANCHORS, sectionAnchor, tableOfContents } from './table-of-contents';

/** The page may load nothing and run nothing, wherever it is opened. */
export const EXPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface HtmlExportOptions extends DocumentExportOptions {
  /** Fixed words, when they should not follow the charter's language. */
  labels?: ExportLabels;
  /**
   * The text's fingerprint (exportFingerprint), for its <meta> and footer. A preview, redrawn at
   * each keystroke, has none; this module stays free of node:crypto.
   */
  fingerprint?: Fingerprint;
  /**
   * The page of each contents entry by anchor, once the PDF export has printed the document:
   * the contents then show page numbers (blank for an anchor not in the map).
   */
  contentsPages?: ReadonlyMap<string, number>;
  /** Soft hyphens in the running text, for printers without hyphenation dictionaries. */
  hyphenate?: boolean;
  /**
   * The styles of this charter's printed pages (html-page-frame.ts). The app's preview leaves
   * them out: its policy allows the fixed stylesheets only, and it shows the accent through
   * the root's data-accent.
   * @default true
   */
  pageFrame?: boolean;
}

/**
 * The charter as one standalone HTML document: inline styles and fonts, no script, nothing to
 * fetch. It is the preview in the app, the intranet page and the source the PDF printers print,
 * so all three look the same: a cover, the contents, the numbered articles, the end blocks.
 */
export function exportHtml(project: Project, options: HtmlExportOptions = {}): string {
  const { language } = project.meta;
  const labels = options.labels ?? EXPORT_LABELS[language];
  const includeOwners = options.includeOwners === true;
  const summary = summarizeCharter(project, labels);
  const marks = documentMarks(project, labels, options.fingerprint);
  const properties = documentProperties(summary, labels, options.fingerprint);
  const accent = exportAccent(project);
  const typeset = (text: string) => typesetText(text, language);
  const longText = (html: string) =>
    options.hyphenate === true ? hyphenateHtml(html, language) : html;
  const write: ClauseWriter = { labels, includeOwners, typeset, longText, language };
  const changes = options.changesSince === undefined ? '' : CHANGES_APPENDIX_STYLES;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}" data-accent="${accent}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Charter Studio">
${propertiesMetaHtml(properties, options.fingerprint)}<title>${escapeHtml(summary.title)}</title>
<style>${CHARTER_STYLES}${changes}</style>
<style>${fontFaceCss()}</style>
${options.pageFrame === false ? '' : `<style>${pageFrameCss(summary, labels, marks, accent)}</style>\n`}</head>
<body>
${draftMarkHtml(marks)}${coverHtml(coverView(project, summary, labels, options.fingerprint), typeset)}${contentsHtml(project, labels, options, typeset)}<main class="charter sheet">
${project.sections.map((section, index) => sectionHtml(section, index, write)).join('\n')}
${formalitiesHtml(project, labels)}${approvalsHtml(project, labels)}${changesAppendixHtml(project, options)}</main>
${documentFooterHtml(summary, labels, marks)}</body>
</html>
`;
}

/** What a section and its clauses are written with. */
interface ClauseWriter {
  labels: ExportLabels;
  includeOwners: boolean;
  language: Language;
  /** French spaces in a title or a line (french-typography.ts). */
  typeset(text: string): string;
  /** Soft hyphens in the running text, for the PDF (hyphenate-html.ts). */
  longText(html: string): string;
}

function coverHtml(cover: CoverView, typeset: (text: string) => string): string {
  const logo =
    cover.logo === undefined
      ? ''
      : `<img src="data:${cover.logo.mediaType};base64,${cover.logo.data}" alt="" width="${cover.logo.width}" height="${cover.logo.height}">\n`;
  // Under its rule, as in the DOCX, even when the charter names no company.
  const company = `<p class="company">${escapeHtml(cover.company ?? '')}</p>\n`;
  const facts = cover.facts.map(
    (fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`,
  );
  return `<header class="cover sheet">
<div class="cover-brand">
${logo}</div>
${company}
<div class="cover-title"><h1>${escapeHtml(typeset(cover.title))}</h1></div>
<dl class="cover-facts">
${facts.join('\n')}
</dl>
</header>
`;
}

/** The contents, with the page of each entry when the PDF export has measured them. */
function contentsHtml(
  project: Project,
  labels: ExportLabels,
  options: HtmlExportOptions,
  typeset: (text: string) => string,
): string {
  const pages = options.contentsPages;
  const entries = tableOfContents(project, labels, options).map((entry) => {
    const number =
      entry.number === undefined
        ? ''
        : `<span class="toc-number">${escapeHtml(entry.number)}</span>`;
    const page =
      pages === undefined ? '' : `<span class="toc-page">${pages.get(entry.anchor) ?? ''}</span>`;
    return `<li><a href="#${escapeHtml(entry.anchor)}">${number}<span class="toc-title">${escapeHtml(typeset(entry.title))}</span>${page}</a></li>`;
  });
  return `<nav class="toc sheet" aria-labelledby="contents-title">
<h2 id="contents-title">${escapeHtml(labels.contents)}</h2>
<ol>
${entries.join('\n')}
</ol>
</nav>
`;
}

function sectionHtml(section: Section, index: number, write: ClauseWriter): string {
  const owner = write.includeOwners ? `${ownerHtml(section.owner, write.labels)}\n` : '';
  const numbers = titledClauseNumbers(section, index);
  return `<section id="${escapeHtml(sectionAnchor(section.id))}">
<h2><span class="number">${escapeHtml(write.labels.article(index + 1))}</span> — ${escapeHtml(write.typeset(section.title))}</h2>
${owner}${section.clauses.map((clause) => clauseHtml(clause, section.owner, numbers.get(clause.id), write)).join('\n')}
</section>`;
}

function clauseHtml(
  clause: Clause,
  sectionOwner: Role,
  number: string | undefined,
  write: ClauseWriter,
): string {
  const title = clause.title
    ? `<h3>${number === undefined ? '' : `<span class="number">${escapeHtml(number)}</span> `}${escapeHtml(write.typeset(clause.title))}</h3>\n`
    : '';
  // The section says who owns its clauses; a clause says so only when it differs.
  const owner =
    write.includeOwners && clause.owner !== sectionOwner
      ? `${ownerHtml(clause.owner, write.labels)}\n`
      : '';
  const body = richTextToHtml(typesetRichText(clause.body, write.language));
  return `<article class="clause" id="${escapeHtml(clauseAnchor(clause.id))}">
${title}${owner}<div class="body">
${write.longText(body)}
</div>
${rationaleHtml(clause, write)}</article>`;
}

/** The charter promises a reason for each rule that limits a freedom: it is shown here. */
function rationaleHtml(clause: Clause, write: ClauseWriter): string {
  const rationale = shownRationale(clause);
  if (rationale === undefined) return '';
  return `<aside class="rationale">
<p class="rationale-title">${escapeHtml(write.labels.rationale)}</p>
<p>${write.longText(escapeHtml(write.typeset(rationale)))}</p>
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
  return `<section class="formalities" id="${END_ANCHORS.formalities}">
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
  return `<section class="approvals" id="${END_ANCHORS.approvals}">
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
