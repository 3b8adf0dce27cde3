import { memo, useEffect, useRef, useState } from 'react';
import type { Author } from '../../../src/model/comment';
import type { AnchoredComment } from '../../../src/review/anchor-comments';
import { useT } from '../../i18n/use-t';
import type { Signature } from './author-draft';
import { SuggestionView } from './SuggestionView';
import type { CommentProblem } from './use-comment-actions';
import { AuthorLine } from './AuthorLine';
import { ReplyForm } from './ReplyForm';

export interface CommentThreadProps {
  anchored: AnchoredComment;
  /** Undefined while the settings load. */
  reviewer: Author | null | undefined;
  saveReviewer(reviewer: Author): Promise<void>;
  onReply(commentId: string, text: string, signature: Signature): void;
  /** Null in review mode: resolving a thread is the author's call. */
  onSetStatus: ((commentId: string, status: 'open' | 'resolved') => void) | null;
  /** Null in review mode: so is accepting or declining new wording. */
  onDecide: {
    accept(commentId: string): CommentProblem | null;
    reject(commentId: string, reason: string, signature: Signature): CommentProblem | null;
  } | null;
  /** The reader is on this thread's passage: it stands out and comes into view. */
  active: boolean;
  onGoTo(commentId: string, clauseId: string): void;
}

/**
 * One comment, its passage and its replies, with the actions a reviewer takes on it. Memoized: a
 * keystroke re-anchors the comments of one clause, and only their threads render again.
 */
export const CommentThread = memo(function CommentThread({
  anchored,
  reviewer,
  saveReviewer,
  onReply,
  onSetStatus,
  onDecide,
  active,
  onGoTo,
}: CommentThreadProps) {
  const t = useT();
  const { comment } = anchored;
  const [replying, setReplying] = useState<'reply' | 'reject' | null>(null);
  const [problem, setProblem] = useState<CommentProblem | null>(null);
  const pending = comment.suggestion !== undefined && comment.suggestion.decision === undefined;
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) element.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const resolved = comment.status === 'resolved';
  const authorName = comment.anonymous ? t('comments.thread.anonymousAuthor') : comment.author.name;

  return (
    <article
      ref={element}
      className={[
        'comment-thread',
        resolved ? 'comment-thread--resolved' : '',
        active ? 'comment-thread--active' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-label={t('comments.thread.label', { author: authorName })}
      data-comment-id={comment.id}
    >
      <header className="comment-thread__header">
        <AuthorLine
          author={comment.author}
          anonymous={comment.anonymous}
          createdAt={comment.createdAt}
        />
        {resolved && (
          <span className="comment-thread__status">{t('comments.thread.resolvedBadge')}</span>
        )}
      </header>
      {anchored.status === 'orphaned' ? (
        <div className="comment-thread__quote comment-thread__quote--orphaned">
          <span className="comment-thread__orphaned">{t('comments.thread.orphaned')}</span>
          <q>{comment.anchor.exact}</q>
        </div>
      ) : (
        <button
          type="button"
          className="comment-thread__quote"
          title={t('comments.thread.goTo')}
          onClick={() => onGoTo(comment.id, anchored.clauseId)}
        >
          <span className="visually-hidden">{t('comments.thread.goTo')}</span>
          <q>{comment.anchor.exact}</q>
        </button>
      )}
      {comment.suggestion && (
        <SuggestionView passage={comment.anchor.exact} suggestion={comment.suggestion} />
      )}
      {comment.text !== '' && <p className="comment-thread__text">{comment.text}</p>}
      {comment.replies.length > 0 && (
        <ul className="comment-thread__replies" aria-label={t('comments.thread.replies')}>
          {comment.replies.map((reply) => (
            <li key={reply.id} className="comment-reply">
              <AuthorLine
                author={reply.author}
                anonymous={reply.anonymous}
                createdAt={reply.createdAt}
              />
              <p className="comment-thread__text">{reply.text}</p>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {t(`comments.problem.${problem}`)}
        </p>
      )}
      {replying ? (
        <ReplyForm
          reviewer={reviewer ?? null}
          saveReviewer={saveReviewer}
          {...(replying === 'reject' && {
            label: t('comments.suggestion.rejectReason'),
            submitLabel: t('comments.suggestion.rejectSubmit'),
          })}
          onSubmit={(text, signature) => {
            if (replying === 'reject')
              setProblem(onDecide?.reject(comment.id, text, signature) ?? null);
            else onReply(comment.id, text, signature);
            setReplying(null);
          }}
          onCancel={() => setReplying(null)}
        />
      ) : (
        <div className="button-row comment-thread__actions">
          {pending && onDecide && (
            <>
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => setProblem(onDecide.accept(comment.id))}
              >
                {t('comments.suggestion.accept')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={reviewer === undefined}
                onClick={() => setReplying('reject')}
              >
                {t('comments.suggestion.reject')}
              </button>
            </>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={reviewer === undefined}
            onClick={() => setReplying('reply')}
          >
            {t('comments.thread.reply')}
          </button>
          {onSetStatus && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onSetStatus(comment.id, resolved ? 'open' : 'resolved')}
            >
              {resolved ? t('comments.thread.reopen') : t('comments.thread.resolve')}
            </button>
          )}
        </div>
      )}
    </article>
  );
});
