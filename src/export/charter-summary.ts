import type { Project } from '../model/project';
import { companyAnswers } from './company-answers';
import { currentVersionNumber } from './current-version';
import type { ExportLabels } from './export-labels';

/** What the title block, header and footer of the human-readable exports show. */
export interface CharterSummary {
  title: string;
  /** Absent while the wizard's company name is unanswered: a preview still works. */
  company: string | undefined;
  /** "Version 2 · Validation demandée" */
  version: string;
  /** What the running footer says: company and version. */
  footer: string;
}

export function summarizeCharter(project: Project, labels: ExportLabels): CharterSummary {
  const { name } = companyAnswers(project.answers);
  const company = typeof name === 'string' && name.trim() !== '' ? name : undefined;
  const version = `${labels.version} ${currentVersionNumber(project)} · ${labels.statuses[project.meta.status]}`;
  return {
    title: project.meta.title,
    company,
    version,
    footer: company === undefined ? version : `${company} · ${version}`,
  };
}
