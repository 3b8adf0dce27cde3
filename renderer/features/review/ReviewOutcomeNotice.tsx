import type { MergeReport } from '../../../src/review/merge-report';
import { broughtSomething } from '../../../src/review/merge-feedback';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/Notice';
import { basename, dirname } from '../files/file-path';
import type { ReviewOutcome } from './use-review-exchange';

interface ReviewOutcomeNoticeProps {
  outcome: ReviewOutcome;
  onDismiss(): void;
}

/** Where the review copy went and what to do with it, or what a returned copy brought. */
export function ReviewOutcomeNotice({ outcome, onDismiss }: ReviewOutcomeNoticeProps) {
  const t = useT();
  const name = basename(outcome.path);
  const [title, text] =
    outcome.kind === 'copy-written'
      ? [
          t('review.send.done.title'),
          t('review.send.done', { name, folder: dirname(outcome.path) }),
        ]
      : [t('review.import.done.title', { name }), describeReport(outcome.report, t)];
  return (
    <Notice title={title} onDismiss={onDismiss}>
      {text}
    </Notice>
  );
}

function describeReport(report: MergeReport, t: Translate): string {
  if (!broughtSomething(report)) return t('review.import.nothing');
  const counted = (count: number, key: 'comments' | 'replies' | 'statuses' | 'decisions') =>
    count === 1 ? t(`review.import.${key}.one`) : t(`review.import.${key}.other`, { count });
  const parts = [
    report.newComments > 0 && counted(report.newComments, 'comments'),
    report.newReplies > 0 && counted(report.newReplies, 'replies'),
    report.statusChanges > 0 && counted(report.statusChanges, 'statuses'),
    report.decisions > 0 && counted(report.decisions, 'decisions'),
  ].filter((part): part is string => typeof part === 'string');
  return `${parts.join(', ')}. ${t('review.import.save')}`;
}
