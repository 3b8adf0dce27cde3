import { EXPORT_LABELS, formatExportDate } from '../export/export-labels';
import { formalitiesView } from '../export/formalities-view';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import { markdownTable } from '../rich-text/markdown-table';
import { plainMarkdown } from '../rich-text/plain-markdown';
import { PACK_LABELS } from './pack-labels';

/**
 * The adoption formalities of a version as Markdown: the block its DOCX and PDF show (why they
 * apply, each step and its date, when it takes effect), and whose record it is. `project` is
 * the project as it reads at that version (selectVersion).
 */
export function formalitiesMarkdown(project: Project, version: Version): string {
  const { language } = version.content;
  const labels = EXPORT_LABELS[language];
  const pack = PACK_LABELS[language];
  const view = formalitiesView(project, labels);
  const title = `# ${labels.formalities.title} — ${labels.version} ${version.number}`;
  const note = `*${plainMarkdown(pack.formalitiesAsRecorded(version.number, formatExportDate(version.createdAt, labels)))}*`;
  const blocks =
    view === null
      ? [title, plainMarkdown(pack.formalitiesNotRequired), note]
      : [
          title,
          plainMarkdown(view.reason),
          markdownTable(
            view.headings,
            view.rows.map(({ step, date }) => [plainMarkdown(step), plainMarkdown(date)]),
          ),
          `**${plainMarkdown(view.effectiveDate.label)}** ${plainMarkdown(view.effectiveDate.value)}`,
          note,
        ];
  return `${blocks.join('\n\n')}\n`;
}
