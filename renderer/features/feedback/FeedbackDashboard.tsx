import { useMemo } from 'react';
import type { Project } from '../../../src/model/project';
import type { AuthorRole } from '../../../src/review/author-roles';
import { summarizeFeedback } from '../../../src/review/feedback-summary';
import { useT } from '../../i18n/use-t';
import { Modal } from '../../ui/Modal';
import type { CommentFilter } from '../comments/comment-filter';
import { FeedbackTotals } from './FeedbackTotals';
import { StackedBarChart, type BarDatum } from './StackedBarChart';
import { SummaryExport } from './SummaryExport';

interface FeedbackDashboardProps {
  project: Project;
  projectPath: string | null;
  /** Opens the comments panel on the threads of a chosen bar. */
  onShowComments(filter: CommentFilter): void;
  onClose(): void;
}

/** Where the review stands: the figures, who commented on what, and the summary to send on. */
export function FeedbackDashboard({
  project,
  projectPath,
  onShowComments,
  onClose,
}: FeedbackDashboardProps) {
  const t = useT();
  const summary = useMemo(() => summarizeFeedback(project), [project]);
  const sectionBars: BarDatum<string>[] = [
    ...summary.sections.map((section, index) => ({
      key: section.sectionId,
      label: t('section.numbered', { number: index + 1, title: section.title }),
      ...section,
    })),
    ...(summary.withoutSection.total > 0
      ? [{ key: null, label: t('feedback.chart.withoutSection'), ...summary.withoutSection }]
      : []),
  ];
  const roleBars: BarDatum<AuthorRole>[] = summary.roles.map((role) => ({
    key: role.role,
    label: t(`role.${role.role}`),
    ...role,
  }));
  const showAll = { status: 'all', role: 'all', section: null } as const;

  return (
    <Modal
      title={t('feedback.title')}
      size="large"
      onClose={onClose}
      footer={<SummaryExport project={project} projectPath={projectPath} />}
    >
      <div className="feedback">
        <p className="feedback__overview">
          {t('feedback.overview', {
            comments: summary.totals.comments,
            replies: summary.totals.replies,
            anonymous: summary.totals.anonymous,
          })}
        </p>
        <FeedbackTotals totals={summary.totals} />
        <div className="feedback__charts">
          <StackedBarChart
            title={t('feedback.chart.sections')}
            hint={t('feedback.chart.sections.hint')}
            data={sectionBars}
            onSelect={(section) => onShowComments({ ...showAll, section })}
          />
          <StackedBarChart
            title={t('feedback.chart.roles')}
            hint={t('feedback.chart.roles.hint')}
            data={roleBars}
            note={t('feedback.chart.anonymous', { count: summary.anonymous.total })}
            onSelect={(role) => onShowComments({ ...showAll, role })}
          />
        </div>
      </div>
    </Modal>
  );
}
