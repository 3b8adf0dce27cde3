import type { Project } from '../../../src/model/project';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { replaceClauseBody } from './replace-clause-body';

export interface EditorDocument {
  project: Project;
  /** Where the project was last opened from or saved to; null until first saved. */
  path: string | null;
  /** The project as it is on disk; the document is dirty while `project` is another object. */
  saved: Project | null;
}

/**
 * The project being edited, updated synchronously on every keystroke. Saving reads from here, so
 * the last keystroke is always in what gets written, whatever React has rendered so far.
 */
export class ProjectStore {
  private document: EditorDocument;
  private readonly listeners = new Set<() => void>();

  constructor(project: Project, path: string | null) {
    this.document = { project, path, saved: path ? project : null };
  }

  readonly getDocument = (): EditorDocument => this.document;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly updateClauseBody = (sectionId: string, clauseId: string, body: RichTextDoc): void => {
    this.set({
      ...this.document,
      project: replaceClauseBody(this.document.project, sectionId, clauseId, body),
    });
  };

  /** After a save of `sent`: adopt the saved copy unless the user kept typing meanwhile. */
  markSaved(sent: Project, path: string, saved: Project): void {
    const unchangedSince = this.document.project === sent;
    this.set({
      project: unchangedSince ? saved : this.document.project,
      path,
      saved: unchangedSince ? saved : sent,
    });
  }

  isDirty(): boolean {
    return this.document.project !== this.document.saved;
  }

  private set(document: EditorDocument): void {
    this.document = document;
    for (const listener of this.listeners) listener();
  }
}
