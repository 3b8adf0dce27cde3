import { useT } from '../../i18n/use-t';
import { ReviewIcon } from '../../ui/icons';
import { MenuButton } from '../../ui/MenuButton';

interface ReviewMenuProps {
  onSendForReview(): void;
  onImportFeedback(): void;
  onImportWordComments(): void;
}

/** The author's review round: copies go out to reviewers, their feedback comes back in. */
export function ReviewMenu({
  onSendForReview,
  onImportFeedback,
  onImportWordComments,
}: ReviewMenuProps) {
  const t = useT();
  return (
    <MenuButton
      label={t('review.menu')}
      icon={<ReviewIcon />}
      items={[
        { id: 'send', label: t('review.send'), onSelect: onSendForReview },
        { id: 'import', label: t('review.import'), onSelect: onImportFeedback },
        { id: 'word', label: t('wordComments.open'), onSelect: onImportWordComments },
      ]}
    />
  );
}
