import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { Author } from '../../../src/model/comment';
import type { Project } from '../../../src/model/project';
import { anchoredCommentTracker } from '../../../src/review/comment-passages';
import { useT } from '../../i18n/use-t';
import { ChartIcon, CloseIcon } from '../../ui/icons';
import { IconButton } from '../../ui/IconButton';
import { shortcutLabel } from '../editor/shortcut-label';
import { AUTHOR_ROLES, type Signature } from './author-draft';
import type { CommentPassageStore } from './comment-passage-store';
import { CommentThread, type CommentThreadProps } from './CommentThread';
import {
  filterComments,
  type CommentFilter,
  type RoleFilter,
  type StatusFilter,
} from './comment-filter';
import { COMMENT_SHORTCUT_KEY } from './use-comment-shortcut';

interface CommentsPanelProps {
  id: string;
  project: Project;
  /** Kept by the editor, so the feedback dashboard can open the panel on one section. */
  filter: CommentFilter;
  onFilterChange(filter: CommentFilter): void;
  onOpenFeedback(): void;
  reviewer: Author | null | undefined;
  saveReviewer(reviewer: Author): Promise<void>;
  onReply(commentId: string, text: string, signature: Signature): void;
  /** Null in review mode: resolving a thread is the author's call. */
  onSetStatus: ((commentId: string, status: 'open' | 'resolved') => void) | null;
  onDecide: CommentThreadProps['onDecide'];
  /** Where the threads learn which passage the reader is on. */
  passageStore: CommentPassageStore;
  onGoTo(commentId: string, clauseId: string): void;
  onClose(): void;
}

const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'resolved', 'all'];

/** The comment threads of the charter in document order; orphans, whose passage is gone, last. */
export function CommentsPanel({
  id,
  project,
  filter,
  onFilterChange: setFilter,
  onOpenFeedback,
  reviewer,
  saveReviewer,
  onReply,
  onSetStatus,
  onDecide,
  passageStore,
  onGoTo,
  onClose,
}: CommentsPanelProps) {
  const t = useT();
  const filterId = useId();
  // A keystroke changes one clause: only its comments are searched for again.
  const [anchor] = useState(anchoredCommentTracker);
  const anchored = useMemo(() => anchor(project), [anchor, project]);
  const shown = filterComments(anchored, filter, project);
  const activeId = useSyncExternalStore(passageStore.subscribe, passageStore.activeCommentId);

  return (
    <section id={id} className="comments" aria-labelledby={`${id}-title`}>
      <header className="checks__header">
        <h2 id={`${id}-title`} className="checks__title">
          {t('comments.panel.title')}
        </h2>
        {anchored.length > 0 && (
          <button type="button" className="button button--small" onClick={onOpenFeedback}>
            <ChartIcon />
            {t('feedback.open')}
          </button>
        )}
        <IconButton label={t('comments.panel.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </header>
      {anchored.length === 0 ? (
        <p className="checks__intro">
          {t('comments.panel.empty', {
            shortcut: shortcutLabel(COMMENT_SHORTCUT_KEY, { alt: true }),
          })}
        </p>
      ) : (
        <>
          <div className="comments__filters" role="group" aria-label={t('comments.panel.filters')}>
            <label className="comments__filter" htmlFor={`${filterId}-status`}>
              <span>{t('comments.filter.status')}</span>
              <select
                id={`${filterId}-status`}
                className="input select select--compact"
                value={filter.status}
                onChange={(event) =>
                  setFilter({ ...filter, status: event.target.value as StatusFilter })
                }
              >
                {STATUS_FILTERS.map((status) => (
                  <option key={status} value={status}>
                    {t(`comments.filter.${status}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="comments__filter" htmlFor={`${filterId}-role`}>
              <span>{t('comments.filter.role')}</span>
              <select
                id={`${filterId}-role`}
                className="input select select--compact"
                value={filter.role}
                onChange={(event) =>
                  setFilter({ ...filter, role: event.target.value as RoleFilter })
                }
              >
                <option value="all">{t('comments.filter.allRoles')}</option>
                {AUTHOR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </label>
            <label
              className="comments__filter comments__filter--section"
              htmlFor={`${filterId}-section`}
            >
              <span>{t('comments.filter.section')}</span>
              <select
                id={`${filterId}-section`}
                className="input select select--compact comments__section-select"
                value={filter.section ?? ''}
                onChange={(event) => setFilter({ ...filter, section: event.target.value || null })}
              >
                <option value="">{t('comments.filter.allSections')}</option>
                {project.sections.map((section, index) => (
                  <option key={section.id} value={section.id}>
                    {t('section.numbered', { number: index + 1, title: section.title })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="checks__summary" role="status">
            {shown.length === 0
              ? t('comments.panel.noMatch')
              : shown.length === 1
                ? t('comments.panel.count.one')
                : t('comments.panel.count.other', { count: shown.length })}
          </p>
          <ul className="comments__list">
            {shown.map((entry) => (
              <li key={entry.comment.id}>
                <CommentThread
                  anchored={entry}
                  reviewer={reviewer}
                  saveReviewer={saveReviewer}
                  onReply={onReply}
                  onSetStatus={onSetStatus}
                  onDecide={onDecide}
                  active={entry.comment.id === activeId}
                  onGoTo={onGoTo}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
