import type { Editor } from '@tiptap/core';
import { useCallback, useId, useRef, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { useDocumentTitle } from '../../app/use-document-title';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ChecksPanel } from '../checks/ChecksPanel';
import { focusClause } from '../checks/focus-clause';
import { CommentButton } from '../comments/CommentButton';
import { CommentDialog, type CommentTarget } from '../comments/CommentDialog';
import { CommentsPanel } from '../comments/CommentsPanel';
import { commentTarget } from '../comments/comment-target';
import { useCommentActions } from '../comments/use-comment-actions';
import { useCommentShortcut } from '../comments/use-comment-shortcut';
import { useReviewer } from '../comments/use-reviewer';
import { FormalitiesSummary } from '../formalities/FormalitiesSummary';
import { OptionalClausesDialog } from '../optional-clauses/OptionalClausesDialog';
import { OptionalClausesEntry } from '../optional-clauses/OptionalClausesEntry';
import { useOptionalClauses } from '../optional-clauses/use-optional-clauses';
import { ReviseAnswers } from '../regenerate/ReviseAnswers';
import { RegeneratedNotice } from '../regenerate/RegeneratedNotice';
import type { RegenerationSummary } from '../regenerate/use-regenerate';
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
import { ImportWordCommentsButton } from '../word-comments/ImportWordCommentsButton';

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
  const [revising, setRevising] = useState(false);
  const [regenerated, setRegenerated] = useState<RegenerationSummary | null>(null);
  const [sidePanel, setSidePanel] = useState<'checks' | 'comments' | null>(null);
  const [commenting, setCommenting] = useState<CommentTarget | null>(null);
  const { reviewer, saveReviewer } = useReviewer();
  const commentActions = useCommentActions(store.updateProject);
  const commentsPanelId = useId();
  const [choosingClauses, setChoosingClauses] = useState(false);
  const optionalClauses = useOptionalClauses(project.template.id, project.meta.language);
  const checksPanelId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const currentSection = useCurrentSection(scroller, project.sections.length);
  const saveActions = useSaveActions(store);
  const { save, saveAs } = saveActions;

  const fileName = path ? basename(path) : t('editor.untitledFile');
  useDocumentTitle(revising ? t('revise.windowTitle') : `${dirty ? '• ' : ''}${fileName}`);
  useWarnBeforeUnload(dirty);
  // While the answers are being changed the charter is out of sight: saving it then would surprise.
  useSaveShortcuts({
    save: () => !revising && void save(),
    saveAs: () => !revising && void saveAs(),
  });
  const startComment = () => {
    const target = activeEditor && commentTarget(activeEditor, store.getDocument().project, t);
    if (target && !revising) setCommenting(target);
  };
  useCommentShortcut(startComment);
  const togglePanel = (panel: 'checks' | 'comments') =>
    setSidePanel((open) => (open === panel ? null : panel));

  const reviseButton = useRef<HTMLButtonElement>(null);
  const endRevision = () => {
    setRevising(false);
    // The button is visible again once the editor is shown, after this render.
    requestAnimationFrame(() => reviseButton.current?.focus());
  };

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
    <>
      {revising && (
        <ReviseAnswers
          getProject={() => store.getDocument().project}
          onCancel={endRevision}
          onRegenerated={(next, summary) => {
            store.replaceProject(next);
            setRegenerated(summary);
            endRevision();
          }}
        />
      )}
      {/* Hidden, not unmounted, while the answers change: nothing of the editor's state is lost. */}
      <div className="editor" hidden={revising}>
        <EditorTitleBar
          fileName={fileName}
          dirty={dirty}
          everSaved={saved !== null}
          saving={saveActions.saving}
          onBack={() => void leave()}
          onSave={() => void save()}
          onSaveAs={() => void saveAs()}
          onExport={() => setExporting(true)}
          reviseButtonRef={reviseButton}
          onReviseAnswers={() => {
            setRegenerated(null);
            setRevising(true);
          }}
          checksOpen={sidePanel === 'checks'}
          checksPanelId={checksPanelId}
          onToggleChecks={() => togglePanel('checks')}
          commentCount={project.comments.length}
          commentsOpen={sidePanel === 'comments'}
          commentsPanelId={commentsPanelId}
          onToggleComments={() => togglePanel('comments')}
        />
        <div className="editor__toolbar-row">
          <FormattingToolbar editor={activeEditor} />
          <CommentButton editor={activeEditor} onComment={startComment} />
          <ImportWordCommentsButton updateProject={store.updateProject} />
        </div>
        {regenerated && (
          <div className="editor__banner">
            <RegeneratedNotice summary={regenerated} onDismiss={() => setRegenerated(null)} />
          </div>
        )}
        {saveActions.error !== null && (
          <div className="editor__banner">
            <ErrorBanner
              title={t('editor.saveFailed')}
              error={saveActions.error}
              onDismiss={saveActions.clearError}
            />
          </div>
        )}
        <div className={sidePanel ? 'editor__body editor__body--with-panel' : 'editor__body'}>
          <aside className="editor__outline">
            <DocumentOutline sections={project.sections} currentSectionId={currentSection} />
            <OptionalClausesEntry
              state={optionalClauses.state}
              disabledClauses={project.disabledClauses}
              onOpen={() => {
                setRegenerated(null);
                setChoosingClauses(true);
              }}
            />
          </aside>
          <main className="editor__scroller" ref={scroller}>
            <CharterDocument
              key={editorDocument.revision}
              project={project}
              rejectedClauseIds={editorDocument.rejectedClauseIds}
              onChange={store.updateClauseBody}
              onReject={store.rejectClauseBody}
              onActivate={setActiveEditor}
              onDestroy={forgetEditor}
            />
          </main>
          {sidePanel === 'checks' && (
            <aside className="editor__panel">
              <ChecksPanel
                id={checksPanelId}
                project={project}
                onClose={() => setSidePanel(null)}
              />
              <FormalitiesSummary answers={project.answers} variant="editor" />
            </aside>
          )}
          {sidePanel === 'comments' && (
            <aside className="editor__panel">
              <CommentsPanel
                id={commentsPanelId}
                project={project}
                reviewer={reviewer}
                saveReviewer={saveReviewer}
                onReply={commentActions.reply}
                onSetStatus={commentActions.setStatus}
                onGoTo={focusClause}
                onClose={() => setSidePanel(null)}
              />
            </aside>
          )}
        </div>
        {choosingClauses && (
          <OptionalClausesDialog
            optional={optionalClauses}
            getProject={() => store.getDocument().project}
            onApplied={({ project: next, summary }) => {
              store.replaceProject(next);
              setRegenerated(summary);
              setChoosingClauses(false);
            }}
            onClose={() => setChoosingClauses(false)}
          />
        )}
        {commenting && reviewer !== undefined && (
          <CommentDialog
            target={commenting}
            reviewer={reviewer}
            saveReviewer={saveReviewer}
            onSubmit={(text, signature) => {
              const added = commentActions.add(commenting, text, signature);
              if (added) setSidePanel('comments');
              return added;
            }}
            onClose={() => setCommenting(null)}
          />
        )}
        {exporting && (
          <ExportDialog project={project} projectPath={path} onClose={() => setExporting(false)} />
        )}
      </div>
    </>
  );
}
