import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { spreadsheetCsv } from '../text/spreadsheet-csv';
import { describeEvent } from './describe-event';
import { HISTORY_LABELS } from './history-labels';

/**
 * The audit trail for a spreadsheet: one row per event in the order recorded, its instant as
 * stored (ISO 8601, UTC) so it sorts and filters, headings and event names in `language`.
 */
export function historyCsv(project: Project, language: Language): string {
  const { columns, kinds } = HISTORY_LABELS[language];
  return spreadsheetCsv([
    [columns.atIso, columns.event, columns.actor, columns.detail],
    ...project.history.map((event) => [
      event.at,
      kinds[event.kind],
      event.actor ?? '',
      describeEvent(event, language),
    ]),
  ]);
}
