import type { Clause } from '../model/clause';
import type { HistoryEvent } from '../model/history-event';
import type { Project } from '../model/project';
import type { Timestamp } from '../model/timestamp';
import { canonicalJson } from '../signoff/canonical-json';

const clausesById = (project: Project): Map<string, Clause> =>
  new Map(
    project.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause])),
  );

const sameClause = (a: Clause, b: Clause): boolean =>
  a.title === b.title && canonicalJson(a.body) === canonicalJson(b.body);

/**
 * One `edited` event for what changed in the text between two saves (the title, clauses edited,
 * added or removed), or null when nothing did: the audit trail says who touched which clause
 * when, without an entry per keystroke.
 */
export function editEvent(
  before: Project,
  after: Project,
  now: Timestamp,
  actor?: string,
): HistoryEvent | null {
  const old = clausesById(before);
  const current = clausesById(after);
  const changed = [...current].filter(([id, clause]) => {
    const previous = old.get(id);
    return previous !== undefined && !sameClause(previous, clause);
  });
  const added = [...current.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !current.has(id));
  const parts = [
    before.meta.title === after.meta.title ? '' : `title “${after.meta.title}”`,
    changed.length ? `edited ${changed.map(([id]) => id).join(', ')}` : '',
    added.length ? `added ${added.join(', ')}` : '',
    removed.length ? `removed ${removed.join(', ')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return {
    at: now,
    kind: 'edited',
    ...(actor === undefined ? {} : { actor }),
    detail: `${parts.join('; ')}.`,
  };
}

/** The project with an `edited` event for what changed since `saved`, or as it is if nothing did. */
export function withEditEvent(
  saved: Project,
  project: Project,
  now: Timestamp,
  actor?: string,
): Project {
  const event = editEvent(saved, project, now, actor);
  return event ? { ...project, history: [...project.history, event] } : project;
}
