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
  const retitled = before.meta.title !== after.meta.title;
  if (!retitled && changed.length + added.length + removed.length === 0) return null;
  return {
    at: now,
    kind: 'edited',
    ...(actor === undefined ? {} : { actor }),
    fact: {
      type: 'edited',
      ...(retitled ? { title: after.meta.title } : {}),
      edited: changed.map(([id]) => id),
      added,
      removed,
    },
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
