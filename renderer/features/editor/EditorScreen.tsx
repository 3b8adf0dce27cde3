import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { useDocumentTitle } from '../../app/use-document-title';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useConfirm } from '../../ui/use-confirm';
import { ExportDialog } from '../export/ExportDialog';
import { basename } from '../files/file-path';
import { CharterDocument } from './CharterDocument';
import { DocumentOutline } from './DocumentOutline';
import { EditorTitleBar } from './EditorTitleBar';
import { FormattingToolbar } from './FormattingToolbar';
import { hasUnsavedWork, ProjectStore } from './project-store';
import { useCurrentSection } from './use-current-section';
import { useEditorDocument } from './use-editor-document';
import { useSaveActions } from './use-save-actions';
import { useSaveShortcuts } from './use-save-shortcuts';
import { useWarnBeforeUnload } from './use-warn-before-unload';

interface EditorScreenProps {
  initialProject: Project;
  initialPath: string | null;
  onClose(): void;
}

export function EditorScreen({ initialProject, initialPath, onClose }: EditorScreenProps) {
  const t = useT();
  const confirm = useConfirm();
  const [store] = useState(() => new ProjectStore(initialProject, initialPath));
  const editorDocument = useEditorDocument(store);
  const { project, path, saved } = editorDocument;
  const dirty = hasUnsavedWork(editorDocument);
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [exporting, setExporting] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const currentSection = useCurrentSection(scroller, project.sections.length);
  const saveActions = useSaveActions(store);
  const { save, saveAs } = saveActions;

  const fileName = path ? basename(path) : t('editor.untitledFile');
  useDocumentTitle(`${dirty ? '• ' : ''}${fileName}`);
  useWarnBeforeUnload(dirty);
  useSaveShortcuts({ save: () => void save(), saveAs: () => void saveAs() });

  const forgetEditor = useCallback(
    (editor: Editor) => setActiveEditor((current) => (current === editor ? null : current)),
    [],
  );

  const leave = async () => {
    if (!store.isDirty()) return onClose();
    const choice = await confirm({
      title: t('editor.leave.title'),
      message: t('editor.leave.message', { name: fileName }),
      confirmLabel: t('editor.leave.save'),
      alternativeLabel: t('editor.leave.discard'),
      cancelLabel: t('action.cancel'),
    });
    if (choice === 'alternative' || (choice === 'confirm' && (await save()))) onClose();
  };

  return (
    <div className="editor">
      <EditorTitleBar
        fileName={fileName}
        dirty={dirty}
        everSaved={saved !== null}
        saving={saveActions.saving}
        onBack={() => void leave()}
        onSave={() => void save()}
        onSaveAs={() => void saveAs()}
        onExport={() => setExporting(true)}
      />
      <div className="editor__toolbar-row">
        <FormattingToolbar editor={activeEditor} />
      </div>
      {saveActions.error !== null && (
        <div className="editor__banner">
          <ErrorBanner
            title={t('editor.saveFailed')}
            error={saveActions.error}
            onDismiss={saveActions.clearError}
          />
        </div>
      )}
      <div className="editor__body">
        <aside className="editor__outline">
          <DocumentOutline sections={project.sections} currentSectionId={currentSection} />
        </aside>
        <main className="editor__scroller" ref={scroller}>
          <CharterDocument
            project={project}
            rejectedClauseIds={editorDocument.rejectedClauseIds}
            onChange={store.updateClauseBody}
            onReject={store.rejectClauseBody}
            onActivate={setActiveEditor}
            onDestroy={forgetEditor}
          />
        </main>
      </div>
      {exporting && (
        <ExportDialog project={project} projectPath={path} onClose={() => setExporting(false)} />
      )}
    </div>
  );
}
