import type { ReactNode, RefObject } from 'react';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/use-t';
import {
  ArrowLeftIcon,
  ChecklistIcon,
  CommentIcon,
  PencilIcon,
  SaveAsIcon,
  SaveIcon,
} from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { shortcutLabel } from './shortcut-label';
import { IconButton } from '../../ui/IconButton';

interface EditorTitleBarProps {
  fileName: string;
  dirty: boolean;
  everSaved: boolean;
  saving: boolean;
  onBack(): void;
  onSave(): void;
  onSaveAs(): void;
  onExport(): void;
  /** Null in review mode: the answers are the author's. */
  onReviseAnswers: (() => void) | null;
  /** The review actions; review mode shows a badge instead. */
  reviewActions: ReactNode;
  /** The way into the comparison of versions. */
  compareAction: ReactNode;
  /** The way to the sign-off panel. */
  signOffEntry: ReactNode;
  readOnly: boolean;
  reviseButtonRef: RefObject<HTMLButtonElement | null>;
  checksOpen: boolean;
  checksPanelId: string;
  onToggleChecks(): void;
  commentCount: number;
  commentsOpen: boolean;
  commentsPanelId: string;
  onToggleComments(): void;
}

export function EditorTitleBar({
  fileName,
  dirty,
  everSaved,
  saving,
  onBack,
  onSave,
  onSaveAs,
  onExport,
  onReviseAnswers,
  reviewActions,
  compareAction,
  signOffEntry,
  readOnly,
  reviseButtonRef,
  checksOpen,
  checksPanelId,
  onToggleChecks,
  commentCount,
  commentsOpen,
  commentsPanelId,
  onToggleComments,
}: EditorTitleBarProps) {
  const t = useT();
  const status = saving
    ? t('editor.status.saving')
    : dirty
      ? everSaved
        ? t('editor.status.unsaved')
        : t('editor.status.neverSaved')
      : t('editor.status.saved');

  return (
    <header className="topbar topbar--editor">
      <IconButton label={t('editor.back')} onClick={onBack} className="icon-button--bordered">
        <ArrowLeftIcon />
      </IconButton>
      <div className="title-block">
        <p className="title-block__name" data-testid="file-name">
          <span>{fileName}</span>
          {readOnly && <span className="title-block__badge">{t('review.mode.badge')}</span>}
          {dirty && (
            <span className="title-block__dirty" aria-hidden="true">
              {t('editor.dirtyMarker')}
            </span>
          )}
        </p>
        <p className="title-block__status" role="status" title={status}>
          {saving && <Spinner />}
          <span className="title-block__status-text">{status}</span>
        </p>
      </div>
      <div className="topbar__actions">
        <LanguageSwitch />
        {onReviseAnswers && (
          <button
            ref={reviseButtonRef}
            type="button"
            className="button"
            title={t('editor.reviseAnswers')}
            onClick={onReviseAnswers}
          >
            <PencilIcon />
            <span className="button__label--collapsible">{t('editor.reviseAnswers')}</span>
          </button>
        )}
        {reviewActions}
        {compareAction}
        {signOffEntry}
        <button
          type="button"
          className="button"
          aria-expanded={checksOpen}
          aria-controls={checksOpen ? checksPanelId : undefined}
          title={t('editor.checks')}
          onClick={onToggleChecks}
        >
          <ChecklistIcon />
          <span className="button__label--collapsible">{t('editor.checks')}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={commentsOpen}
          aria-controls={commentsOpen ? commentsPanelId : undefined}
          title={t('comments.toggle', { count: commentCount })}
          onClick={onToggleComments}
        >
          <CommentIcon />
          <span className="button__label--collapsible">
            {t('comments.toggle', { count: commentCount })}
          </span>
          {/* The count stays in sight when the label folds away on narrow windows. */}
          <span className="button__count" aria-hidden="true">
            {commentCount}
          </span>
        </button>
        <span className="topbar__separator" aria-hidden="true" />
        <button
          type="button"
          className="button"
          onClick={onSave}
          disabled={saving}
          title={`${t('editor.save')} (${shortcutLabel('S')})`}
          aria-keyshortcuts="Control+S Meta+S"
        >
          <SaveIcon />
          <span className="button__label--narrow-collapsible">{t('editor.save')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={onSaveAs}
          disabled={saving}
          title={`${t('editor.saveAs')} (${shortcutLabel('S', { shift: true })})`}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        >
          <SaveAsIcon />
          <span className="button__label--narrow-collapsible">{t('editor.saveAs')}</span>
        </button>
        <button type="button" className="button button--primary" onClick={onExport}>
          {t('editor.export')}
        </button>
      </div>
    </header>
  );
}
