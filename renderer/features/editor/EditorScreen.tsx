import type { Editor } from '@tiptap/core';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { withBranding } from '../../../src/branding/with-branding';
import type { Branding } from '../../../src/model/branding';
import { reviewReminder } from '../../../src/signoff/review-reminder';
import { useDocumentTitle } from '../../app/use-document-title';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ChecksPanel } from '../checks/ChecksPanel';
import { CompareVersionsEntry } from '../diff/CompareVersionsEntry';
import { focusClause } from '../checks/focus-clause';
import { CommentButton } from '../comments/CommentButton';
import { CommentDialog, type CommentTarget } from '../comments/CommentDialog';
import { CommentPassageContext } from '../comments/comment-passage-context';
import { CommentPassageStore } from '../comments/comment-passage-store';
import { CommentsPanel } from '../comments/CommentsPanel';
import { IdentityButton } from '../comments/IdentityButton';
import { SHOW_OPEN, type CommentFilter } from '../comments/comment-filter';
import { commentTarget } from '../comments/comment-target';
import { useCommentActions } from '../comments/use-comment-actions';
import { useCommentShortcut } from '../comments/use-comment-shortcut';
import { useIdleCommentPassages } from '../comments/use-idle-comment-passages';
import { useThreadsFollowText } from '../comments/use-threads-follow-text';
import { useReviewer } from '../comments/use-reviewer';
import { FeedbackDashboard } from '../feedback/FeedbackDashboard';
import { FormalitiesSummary } from '../formalities/FormalitiesSummary';
import { OptionalClausesDialog } from '../optional-clauses/OptionalClausesDialog';
import { OptionalClausesEntry } from '../optional-clauses/OptionalClausesEntry';
import { useOptionalClauses } from '../optional-clauses/use-optional-clauses';
import { ReviseAnswers } from '../regenerate/ReviseAnswers';
import { RegeneratedNotice } from '../regenerate/RegeneratedNotice';
import { reviewModeOf } from '../review/review-mode';
import { ReviewMenu } from '../review/ReviewMenu';
import { ReviewModeBanner } from '../review/ReviewModeBanner';
import { ReviewOutcomeNotice } from '../review/ReviewOutcomeNotice';
import { useReviewExchange } from '../review/use-review-exchange';
import { LifecycleNoticeBanner } from '../signoff/LifecycleNoticeBanner';
import { localDay } from '../signoff/local-day';
import { IntegrityNotice } from '../signoff/IntegrityNotice';
import { useIntegrityCheck } from '../signoff/use-integrity-check';
import { ReviewReminderNotice } from '../signoff/ReviewReminderNotice';
import { SignOffButton } from '../signoff/SignOffButton';
import { SignOffPanel } from '../signoff/SignOffPanel';
import { useSignOffActions } from '../signoff/use-sign-off-actions';
import type { RegenerationSummary } from '../regenerate/use-regenerate';
import { useConfirm } from '../../ui/use-confirm';
import { useExportDialog } from '../export/use-export-dialog';
import { basename } from '../files/file-path';
import { CharterDocument } from './CharterDocument';
import { DocumentOutline } from './DocumentOutline';
import { EditorTitleBar } from './EditorTitleBar';
import { FormattingToolbar } from './FormattingToolbar';
import { ReadOnlyContext } from './read-only-context';
import { hasUnsavedWork } from './project-store';
import type { OpenedDocument } from '../../app/opened-document';
import { FileSafetyNotices } from '../file-safety/FileSafetyNotices';
import { useDiskGuard } from '../file-safety/use-disk-guard';
import { projectStoreFor } from '../recovery/project-store-for';
import { useAutosave } from '../recovery/use-autosave';
import { useCurrentSection } from './use-current-section';
import { useEditorDocument } from './use-editor-document';
import { useSaveActions } from './use-save-actions';
import { useSaveShortcuts } from './use-save-shortcuts';
import { useWarnBeforeUnload } from './use-warn-before-unload';
import { useWordCommentsImport } from '../word-comments/use-word-comments-import';
import { withExportEvent } from '../../../src/history/export-event';

type SidePanel = 'checks' | 'comments' | 'signoff';

interface EditorScreenProps {
  opened: OpenedDocument;
  /** The file opened afresh, replacing this editor (reloaded after a change on disk). */
  onReopen(document: OpenedDocument): void;
  onClose(): void;
}

export function EditorScreen({ opened, onReopen, onClose }: EditorScreenProps) {
  const t = useT();
  const confirm = useConfirm();
  const [store] = useState(() => projectStoreFor(opened));
  const initialProject = opened.project;
  const editorDocument = useEditorDocument(store);
  const { project, path, saved } = editorDocument;
  const diskGuard = useDiskGuard(opened, path, onReopen);
  const [backupBase] = useState(() =>
    opened.backupBase === undefined ? null : { token: opened.backupBase, project: opened.project },
  );
  const autosave = useAutosave(
    store,
    diskGuard.identity,
    opened.restored?.from ?? null,
    backupBase,
  );
  const dirty = hasUnsavedWork(editorDocument);
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [revising, setRevising] = useState(false);
  const [regenerated, setRegenerated] = useState<RegenerationSummary | null>(null);
  const [sidePanel, setSidePanel] = useState<SidePanel | null>(null);
  const [commenting, setCommenting] = useState<CommentTarget | null>(null);
  const { reviewer, saveReviewer } = useReviewer();
  const commentActions = useCommentActions(store);
  const commentsPanelId = useId();
  const [commentFilter, setCommentFilter] = useState<CommentFilter>(SHOW_OPEN);
  const [viewingFeedback, setViewingFeedback] = useState(false);
  const [choosingClauses, setChoosingClauses] = useState(false);
  const optionalClauses = useOptionalClauses(project.template.id, project.meta.language);
  const checksPanelId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const currentSection = useCurrentSection(scroller, project.sections.length);
  const saveActions = useSaveActions(store, diskGuard, reviewer?.name);
  const { save, saveAs } = saveActions;
  // The parts changed, over the latest branding: a logo read meanwhile keeps a new accent.
  const rebrand = useCallback(
    (change: Branding) =>
      store.updateProject((latest) => withBranding(latest, { ...latest.branding, ...change })),
    [store],
  );
  const exportDialog = useExportDialog(
    project,
    path,
    (records) => {
      const wasSaved = path !== null && !store.isDirty();
      const at = new Date().toISOString();
      store.updateProject((latest) =>
        records.reduce(
          (recorded, record) => withExportEvent(recorded, record, at, reviewer?.name),
          latest,
        ),
      );
      // Only the audit trail changed: keep the file as saved as it was.
      if (wasSaved) void save();
    },
    rebrand,
  );
  const reviewMode = reviewModeOf(project, reviewer);
  // The same callbacks from one keystroke to the next, so that the comment threads stay memoized.
  const reviewerName = reviewer?.name;
  const decideOnSuggestion = useMemo(
    () =>
      reviewMode
        ? null
        : {
            accept: (commentId: string) => commentActions.accept(commentId, reviewerName),
            reject: commentActions.reject,
          },
    [reviewMode, commentActions, reviewerName],
  );
  const [passageStore] = useState(() => new CommentPassageStore(() => setSidePanel('comments')));
  const goToComment = useCallback(
    (commentId: string, clauseId: string) => {
      if (!passageStore.reveal(commentId)) focusClause(clauseId);
    },
    [passageStore],
  );
  useIdleCommentPassages(passageStore, project);
  const commentsAside = useRef<HTMLElement>(null);
  useThreadsFollowText(
    commentsAside,
    scroller,
    sidePanel === 'comments',
    passageStore.activeCommentId,
  );
  const reviewExchange = useReviewExchange(store);
  const signOffActions = useSignOffActions(store, reviewer);
  const signOffPanelId = useId();
  const [openingReminder, setOpeningReminder] = useState(() =>
    reviewReminder(initialProject.signOff.nextReviewDate, localDay()),
  );
  const integrityProblems = useIntegrityCheck(initialProject);
  const [integrityDismissed, setIntegrityDismissed] = useState(false);
  const wordImport = useWordCommentsImport(store.updateProject);

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
  const togglePanel = (panel: SidePanel) => setSidePanel((open) => (open === panel ? null : panel));

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
    // Its files and their place in the trail belong to this charter: the export is shown, to end.
    if (exportDialog.runningOutOfSight) return exportDialog.open();
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
          onExport={exportDialog.open}
          reviseButtonRef={reviseButton}
          readOnly={reviewMode !== null}
          onReviseAnswers={
            reviewMode
              ? null
              : () => {
                  setRegenerated(null);
                  setRevising(true);
                }
          }
          reviewActions={
            reviewMode ? null : (
              <ReviewMenu
                onSendForReview={() => void reviewExchange.sendForReview()}
                onImportFeedback={() => void reviewExchange.importFeedback()}
                onImportWordComments={() => void wordImport.start()}
              />
            )
          }
          compareAction={<CompareVersionsEntry project={project} />}
          signOffEntry={
            <SignOffButton
              open={sidePanel === 'signoff'}
              panelId={signOffPanelId}
              onToggle={() => togglePanel('signoff')}
            />
          }
          checksOpen={sidePanel === 'checks'}
          checksPanelId={checksPanelId}
          onToggleChecks={() => togglePanel('checks')}
          commentCount={project.comments.length}
          commentsOpen={sidePanel === 'comments'}
          commentsPanelId={commentsPanelId}
          onToggleComments={() => togglePanel('comments')}
        />
        <div className="editor__toolbar-row">
          {!reviewMode && <FormattingToolbar editor={activeEditor} />}
          <CommentButton editor={activeEditor} onComment={startComment} />
        </div>
        {reviewMode && (
          <div className="editor__banner">
            <ReviewModeBanner
              mode={reviewMode}
              title={project.meta.title}
              action={
                reviewMode === 'employee' && (
                  <IdentityButton reviewer={reviewer} saveReviewer={saveReviewer} />
                )
              }
            />
          </div>
        )}
        <FileSafetyNotices guard={diskGuard} />
        {autosave.failure !== null && (
          <div className="editor__banner">
            <ErrorBanner
              title={t('recovery.backupFailed')}
              error={autosave.failure}
              onDismiss={autosave.dismissFailure}
            />
          </div>
        )}
        {reviewExchange.outcome && (
          <div className="editor__banner">
            <ReviewOutcomeNotice
              outcome={reviewExchange.outcome}
              onDismiss={reviewExchange.dismiss}
            />
          </div>
        )}
        {reviewExchange.failure && (
          <div className="editor__banner">
            <ErrorBanner
              title={
                reviewExchange.failure.kind === 'same-file'
                  ? t('review.send.sameFile')
                  : reviewExchange.failure.kind === 'send'
                    ? t('review.send.failed')
                    : t('review.import.failed')
              }
              error={
                reviewExchange.failure.kind === 'same-file'
                  ? undefined
                  : reviewExchange.failure.error
              }
              onDismiss={reviewExchange.dismiss}
            />
          </div>
        )}
        {editorDocument.lifecycleNotice && (
          <div className="editor__banner">
            <LifecycleNoticeBanner
              notice={editorDocument.lifecycleNotice}
              onDismiss={store.dismissLifecycleNotice}
            />
          </div>
        )}
        {integrityProblems.length > 0 && !integrityDismissed && (
          <div className="editor__banner">
            <IntegrityNotice
              problems={integrityProblems}
              onDismiss={() => setIntegrityDismissed(true)}
            />
          </div>
        )}
        {openingReminder && (
          <div className="editor__banner">
            <ReviewReminderNotice
              reminder={openingReminder}
              onDismiss={() => setOpeningReminder(null)}
            />
          </div>
        )}
        {exportDialog.notice && <div className="editor__banner">{exportDialog.notice}</div>}
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
            {!reviewMode && (
              <OptionalClausesEntry
                state={optionalClauses.state}
                disabledClauses={project.disabledClauses}
                onOpen={() => {
                  setRegenerated(null);
                  setChoosingClauses(true);
                }}
              />
            )}
          </aside>
          <main className="editor__scroller" ref={scroller}>
            <CommentPassageContext value={passageStore}>
              <ReadOnlyContext value={reviewMode !== null}>
                <CharterDocument
                  key={`${editorDocument.revision}-${reviewMode ?? 'edit'}`}
                  project={project}
                  rejectedClauseIds={editorDocument.rejectedClauseIds}
                  onChange={store.updateClauseBody}
                  onReject={store.rejectClauseBody}
                  onActivate={setActiveEditor}
                  onDestroy={forgetEditor}
                />
              </ReadOnlyContext>
            </CommentPassageContext>
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
          {sidePanel === 'signoff' && (
            <aside className="editor__panel">
              <SignOffPanel
                id={signOffPanelId}
                project={project}
                projectPath={path}
                reviewer={reviewer}
                saveReviewer={saveReviewer}
                actions={signOffActions}
                readOnly={reviewMode !== null}
                onClose={() => setSidePanel(null)}
              />
            </aside>
          )}
          {sidePanel === 'comments' && (
            <aside className="editor__panel" ref={commentsAside}>
              <CommentsPanel
                id={commentsPanelId}
                project={project}
                filter={commentFilter}
                onFilterChange={setCommentFilter}
                onOpenFeedback={() => setViewingFeedback(true)}
                reviewer={reviewer}
                saveReviewer={saveReviewer}
                onReply={commentActions.reply}
                onSetStatus={reviewMode ? null : commentActions.setStatus}
                onDecide={decideOnSuggestion}
                passageStore={passageStore}
                onGoTo={goToComment}
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
            onSubmit={(content, signature) => {
              const problem = commentActions.add(commenting, content, signature);
              if (problem === null) setSidePanel('comments');
              return problem;
            }}
            onClose={() => setCommenting(null)}
          />
        )}
        {viewingFeedback && (
          <FeedbackDashboard
            project={project}
            projectPath={path}
            onShowComments={(filter) => {
              setCommentFilter(filter);
              setViewingFeedback(false);
            }}
            onClose={() => setViewingFeedback(false)}
          />
        )}
        {wordImport.dialog}
        {exportDialog.dialog}
      </div>
    </>
  );
}
