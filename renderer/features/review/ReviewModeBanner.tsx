import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { ReviewIcon } from '../../ui/icons';
import { shortcutLabel } from '../editor/shortcut-label';
import { COMMENT_SHORTCUT_KEY } from '../comments/use-comment-shortcut';
import type { ReviewMode } from './review-mode';

interface ReviewModeBannerProps {
  mode: Exclude<ReviewMode, null>;
  title: string;
  /** E.g. the way out, for a user whose role puts them here. */
  action?: ReactNode;
}

/** Says, before anyone tries to type, that this charter is open for comments only, and why. */
export function ReviewModeBanner({ mode, title, action }: ReviewModeBannerProps) {
  const t = useT();
  const shortcut = shortcutLabel(COMMENT_SHORTCUT_KEY, { alt: true });
  return (
    <section className="review-banner" aria-labelledby="review-banner-title">
      <span className="review-banner__icon">
        <ReviewIcon />
      </span>
      <div>
        <h2 id="review-banner-title" className="review-banner__title">
          {t('review.mode.title')}
        </h2>
        <p>
          {mode === 'review-copy'
            ? t('review.mode.copy', { title, shortcut })
            : t('review.mode.employee', { shortcut })}
        </p>
      </div>
      {action && <div className="review-banner__action">{action}</div>}
    </section>
  );
}
