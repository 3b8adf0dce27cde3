import type { RefObject } from 'react';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/use-t';
import { ArrowLeftIcon, ChecklistIcon, CommentIcon, PencilIcon } from '../../ui/icons';
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
  onReviseAnswers(): void;
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
          {dirty && (
            <span className="title-block__dirty" aria-hidden="true">
              {t('editor.dirtyMarker')}
            </span>
          )}
        </p>
        <p className="title-block__status" role="status">
          {saving && <Spinner />}
          {status}
        </p>
      </div>
      <div className="topbar__actions">
        <LanguageSwitch />
        <button ref={reviseButtonRef} type="button" className="button" onClick={onReviseAnswers}>
          <PencilIcon />
          {t('editor.reviseAnswers')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={checksOpen}
          aria-controls={checksOpen ? checksPanelId : undefined}
          onClick={onToggleChecks}
        >
          <ChecklistIcon />
          {t('editor.checks')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={commentsOpen}
          aria-controls={commentsOpen ? commentsPanelId : undefined}
          onClick={onToggleComments}
        >
          <CommentIcon />
          {t('comments.toggle', { count: commentCount })}
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
          {t('editor.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onSaveAs}
          disabled={saving}
          title={`${t('editor.saveAs')} (${shortcutLabel('S', { shift: true })})`}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        >
          {t('editor.saveAs')}
        </button>
        <button type="button" className="button button--primary" onClick={onExport}>
          {t('editor.export')}
        </button>
      </div>
    </header>
  );
}
