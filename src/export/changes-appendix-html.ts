import { markEdges } from '../diff/mark-edges';
import type { WordRun } from '../diff/word-runs';
import type { Project } from '../model/project';
import { escapeHtml } from '../rich-text/escape-html';
import { changesAppendix } from './changes-appendix';
import { END_ANCHORS } from './table-of-contents';
import type { DocumentExportOptions } from './document-export-options';

/**
 * The marks of the appendix, added to the export's stylesheet only when there is one. Underline
 * and strike say what was added or removed without colour; the colours help those who see them.
 */
export const CHANGES_APPENDIX_STYLES = `
.changes { break-before: page; margin-top: 30pt; }
.changes .summary, .changes .legend { margin: 0 0 6pt; font-size: 9pt; line-height: 1.4; color: var(--muted); }
.changes .legend { margin-bottom: 14pt; }
.changes h3 .status { font-weight: 400; color: var(--muted); }
.changes .change { margin: 0 0 10pt; break-inside: avoid; }
.changes .change > p { margin: 0 0 3pt; }
.changes ins { text-decoration: underline; text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; color: #05603a; background: #e9f6ee; }
.changes del { text-decoration: line-through; color: #b42318; background: #fdf0ef; }
.changes ins, .changes del { padding: 0 1pt; border-radius: 1.5pt; }
`;

function runHtml(run: WordRun): string {
  if (run.kind === 'same') return escapeHtml(run.text);
  const { before, marked, after } = markEdges(run.text);
  const tag = run.kind === 'added' ? 'ins' : 'del';
  return `${escapeHtml(before)}<${tag}>${escapeHtml(marked)}</${tag}>${escapeHtml(after)}`;
}

/** The appendix, last in the HTML (and so in the PDF); nothing unless asked for. */
export function changesAppendixHtml(project: Project, options: DocumentExportOptions): string {
  if (options.changesSince === undefined) return '';
  const appendix = changesAppendix(project, options.changesSince);
  const entries = appendix.entries.map(
    (entry) => `<article class="change change--${entry.level}">
<h3>${escapeHtml(entry.name)} <span class="status">— ${escapeHtml(entry.status)}</span></h3>
${entry.lines.map((line) => `<p>${line.map(runHtml).join('')}</p>`).join('\n')}
</article>`,
  );
  return `<section class="changes" id="${END_ANCHORS.changes}">
<h2>${escapeHtml(appendix.heading)}</h2>
<p class="summary">${escapeHtml(appendix.summary)}</p>
${appendix.entries.length > 0 ? `<p class="legend">${escapeHtml(appendix.legend)}</p>\n` : ''}${entries.join('\n')}
</section>
`;
}
