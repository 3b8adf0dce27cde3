import type { Author } from '../../../src/model/comment';
import { formatDateTime } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/use-i18n';

interface AuthorLineProps {
  author: Author;
  anonymous: boolean;
  createdAt: string;
}

/** Who wrote a comment or reply, in which role, and when. */
export function AuthorLine({ author, anonymous, createdAt }: AuthorLineProps) {
  const { t, locale } = useI18n();
  return (
    <p className="comment-author">
      <span className="comment-author__name">
        {anonymous ? t('comments.thread.anonymousAuthor') : author.name}
      </span>
      <span className={`owner-badge owner-badge--${author.role}`}>{t(`role.${author.role}`)}</span>
      <time className="comment-author__date" dateTime={createdAt}>
        {formatDateTime(createdAt, locale)}
      </time>
    </p>
  );
}
