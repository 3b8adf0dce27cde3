import type { HistoryEvent } from '../model/history-event';
import type { HistoryFactOf } from '../model/history-fact';
import type { Project } from '../model/project';
import type { Timestamp } from '../model/timestamp';

/**
 * What was written: a document of one text, or a version's evidence pack; its file's name without
 * its folder (where it went, not who the user is).
 */
export type ExportRecord = HistoryFactOf<'exported'> | HistoryFactOf<'pack-exported'>;

/** The project with an `exported` event: the audit trail says which text left the app, and when. */
export function withExportEvent(
  project: Project,
  record: ExportRecord,
  now: Timestamp,
  actor?: string,
): Project {
  const event: HistoryEvent = {
    at: now,
    kind: 'exported',
    ...(actor === undefined ? {} : { actor }),
    fact: record,
  };
  return { ...project, history: [...project.history, event] };
}
