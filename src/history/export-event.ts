import type { HistoryEvent } from '../model/history-event';
import type { Project } from '../model/project';
import type { Timestamp } from '../model/timestamp';

export interface ExportRecord {
  /** What was written: a format (PDF, DOCX…) or "evidence pack". */
  what: string;
  /** The file's name, without its folder: where it went, not who the user is. */
  fileName: string;
}

/** The project with an `exported` event: the audit trail says which text left the app, and when. */
export function withExportEvent(
  project: Project,
  { what, fileName }: ExportRecord,
  now: Timestamp,
  actor?: string,
): Project {
  const event: HistoryEvent = {
    at: now,
    kind: 'exported',
    ...(actor === undefined ? {} : { actor }),
    detail: `${what}: ${fileName}.`,
  };
  return { ...project, history: [...project.history, event] };
}
