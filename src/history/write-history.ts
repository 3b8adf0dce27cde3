import type { Language } from '../model/language';
import type { Project } from '../model/project';
import type { HistoryFormat } from './history-format';
import { historyCsv } from './history-csv';
import { historyMarkdown } from './history-markdown';
import { historyYaml } from './history-yaml';

/** A project's audit trail as text; its words in `language`. */
export function writeHistory(
  project: Project,
  format: HistoryFormat,
  language: Language = project.meta.language,
): string {
  switch (format) {
    case 'md':
      return historyMarkdown(project, language);
    case 'csv':
      return historyCsv(project, language);
    case 'yaml':
      return historyYaml(project, language);
  }
}
