import type { OpenedDocument } from '../../app/opened-document';
import { ProjectStore } from '../editor/project-store';

/** The editor's store for `opened`: restored work goes over the file as unsaved changes. */
export function projectStoreFor(opened: OpenedDocument): ProjectStore {
  const store = new ProjectStore(opened.project, opened.path);
  if (opened.restored) store.replaceProject(opened.restored.project);
  return store;
}
