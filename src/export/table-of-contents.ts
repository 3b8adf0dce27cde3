import { DIFF_LABELS } from '../diff/diff-labels';
import type { Project } from '../model/project';
import { approvalsView } from './approvals-view';
import type { DocumentExportOptions } from './document-export-options';
import type { ExportLabels } from './export-labels';
import { formalitiesView } from './formalities-view';

/** One line of the table of contents: where it leads, and what it says. */
export interface ContentsEntry {
  /** The id of the element it leads to, without `#`. */
  anchor: string;
  /** "Article 3", or nothing for the blocks that end the document. */
  number: string | undefined;
  title: string;
}

/** The anchors of the blocks that end the document, shared by every format that links to them. */
export const END_ANCHORS = {
  formalities: 'formalities',
  approvals: 'approvals',
  changes: 'changes',
} as const;

export const sectionAnchor = (sectionId: string): string => `section-${sectionId}`;
export const clauseAnchor = (clauseId: string): string => `clause-${clauseId}`;

/** The articles, then the formalities, the approvals and the changes appendix when there are. */
export function tableOfContents(
  project: Project,
  labels: ExportLabels,
  options: DocumentExportOptions,
): ContentsEntry[] {
  const formalities = formalitiesView(project, labels);
  const approvals = approvalsView(project, labels);
  return [
    ...project.sections.map((section, index) => ({
      anchor: sectionAnchor(section.id),
      number: labels.article(index + 1),
      title: section.title,
    })),
    ...(formalities === null
      ? []
      : [{ anchor: END_ANCHORS.formalities, number: undefined, title: formalities.title }]),
    ...(approvals === null
      ? []
      : [{ anchor: END_ANCHORS.approvals, number: undefined, title: approvals.title }]),
    ...(options.changesSince === undefined
      ? []
      : [
          {
            anchor: END_ANCHORS.changes,
            number: undefined,
            title: DIFF_LABELS[project.meta.language].changesSince(options.changesSince),
          },
        ]),
  ];
}
