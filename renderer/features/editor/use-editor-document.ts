import { useSyncExternalStore } from 'react';
import type { EditorDocument, ProjectStore } from './project-store';

export function useEditorDocument(store: ProjectStore): EditorDocument {
  return useSyncExternalStore(store.subscribe, store.getDocument);
}
