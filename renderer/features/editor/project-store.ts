import type { Project } from '../../../src/model/project';
import type { RichTextDoc } from '../../../src/model/rich-text';
import type { Timestamp } from '../../../src/model/timestamp';
import { followEdits } from '../../../src/signoff/follow-edits';
import { replaceClauseBody } from './replace-clause-body';

/** What an edit did to the sign-off, for the user to be told. */
export type LifecycleNotice =
  /** The pending request was withdrawn; this many decisions no longer count. */
  | { kind: 'withdrawn'; invalidated: number }
  /** A new draft started from this signed-off version. */
  | { kind: 'reopened'; fromVersion: number };

export interface EditorDocument {
  project: Project;
  /** Where the project was last opened from or saved to; null until first saved. */
  path: string | null;
  /** The project as it is on disk; the document is dirty while `project` is another object. */
  saved: Project | null;
  /** Clauses whose latest edit the model refused: what they show is not in `project`. */
  rejectedClauseIds: ReadonlySet<string>;
  /** Counts whole-document replacements: clause editors built for an older one must be rebuilt. */
  revision: number;
  /** Set when an edit withdrew a request or reopened a version; cleared once the draft moves on. */
  lifecycleNotice: LifecycleNotice | null;
}

/** Whether closing now would lose work: edits not yet saved, or edits that could not be kept. */
export function hasUnsavedWork(document: EditorDocument): boolean {
  return document.project !== document.saved || document.rejectedClauseIds.size > 0;
}

/** The local project with what a save changed on the server's copy: nothing else is replaced. */
function withSavedMeta(local: Project, saved: Project): Project {
  if (local.meta.updatedAt === saved.meta.updatedAt) return local;
  return { ...local, meta: { ...local.meta, updatedAt: saved.meta.updatedAt } };
}

/**
 * The project being edited, updated synchronously on every keystroke. Saving reads from here, so
 * the last keystroke is always in what gets written, whatever React has rendered so far.
 */
export class ProjectStore {
  private document: EditorDocument;
  private readonly listeners = new Set<() => void>();

  constructor(
    project: Project,
    path: string | null,
    private readonly now: () => Timestamp = () => new Date().toISOString(),
  ) {
    this.document = {
      project,
      path,
      saved: path ? project : null,
      rejectedClauseIds: new Set(),
      revision: 0,
      lifecycleNotice: null,
    };
  }

  readonly getDocument = (): EditorDocument => this.document;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly updateClauseBody = (sectionId: string, clauseId: string, body: RichTextDoc): void => {
    const { project, rejectedClauseIds } = this.document;
    this.set({
      ...this.document,
      ...this.followed(replaceClauseBody(project, sectionId, clauseId, body)),
      rejectedClauseIds: rejectedClauseIds.has(clauseId)
        ? new Set([...rejectedClauseIds].filter((id) => id !== clauseId))
        : rejectedClauseIds,
    });
  };

  /** The editor holds a change to this clause that the model refuses: keep the document dirty. */
  readonly rejectClauseBody = (clauseId: string): void => {
    const { rejectedClauseIds } = this.document;
    if (rejectedClauseIds.has(clauseId)) return;
    this.set({ ...this.document, rejectedClauseIds: new Set([...rejectedClauseIds, clauseId]) });
  };

  /**
   * A change outside the clause texts (e.g. comments): the editors keep their content and history.
   */
  readonly updateProject = (update: (project: Project) => Project): void => {
    this.set({ ...this.document, ...this.followed(update(this.document.project)) });
  };

  /**
   * A new version of the whole project (e.g. regenerated from changed answers). It is unsaved
   * work until saved; edits the model had refused are given up with the editors that held them.
   */
  readonly replaceProject = (project: Project): void => {
    const { revision } = this.document;
    this.set({
      ...this.document,
      ...this.followed(project),
      rejectedClauseIds: new Set(),
      revision: revision + 1,
    });
  };

  readonly dismissLifecycleNotice = (): void => {
    if (this.document.lifecycleNotice) this.set({ ...this.document, lifecycleNotice: null });
  };

  /**
   * After a save of `sent`, whose answer is `saved`. The local objects stay (so nothing re-renders
   * but what the save changed); edits typed while the save was in flight stay, and stay unsaved.
   */
  markSaved(sent: Project, path: string, saved: Project): void {
    const { project } = this.document;
    const next = withSavedMeta(project, saved);
    this.set({
      ...this.document,
      project: next,
      path,
      saved: project === sent ? next : withSavedMeta(sent, saved),
    });
  }

  isDirty(): boolean {
    return hasUnsavedWork(this.document);
  }

  /**
   * Every change goes through the sign-off lifecycle: an edit withdraws a pending request or
   * starts a draft after a signed-off version, whichever part of the app made it.
   */
  private followed(next: Project): Pick<EditorDocument, 'project' | 'lifecycleNotice'> {
    const { project, withdrawn, reopenedFrom } = followEdits(next, this.now());
    const notice: LifecycleNotice | null = withdrawn
      ? { kind: 'withdrawn', invalidated: withdrawn.invalidated }
      : reopenedFrom !== undefined
        ? { kind: 'reopened', fromVersion: reopenedFrom }
        : this.document.lifecycleNotice;
    // The notice tells the user what to do with the draft: once it is sent again, it is done.
    return { project, lifecycleNotice: project.meta.status === 'draft' ? notice : null };
  }

  private set(document: EditorDocument): void {
    this.document = document;
    for (const listener of this.listeners) listener();
  }
}
