import { countOf } from '../text/count-of';
import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import { assertReviewCopyOf } from './assert-review-copy';
import { byCreation } from './creation-order';
import { mergeCommentVersions } from './merge-comment-versions';
import type { MergeReport } from './merge-report';

/**
 * The original with the comments, replies and resolutions of its review copies. Merging adds and
 * never removes; the result depends neither on the order of the copies nor on how often one is
 * merged, and comments and replies come out oldest first. Everything but comments is the
 * original's. With `now`, a merge that brought something records it in the history.
 * Throws CharterError('invalid-input') for a copy that is not a review copy of `original`.
 */
export function mergeFeedback(
  original: Project,
  copies: readonly Project[],
  { now }: { now?: string } = {},
): { project: Project; report: MergeReport } {
  for (const copy of copies) assertReviewCopyOf(original, copy);
  const before = new Map(original.comments.map((comment) => [comment.id, comment]));
  const versions = new Map<string, Comment[]>();
  for (const comment of [...original.comments, ...copies.flatMap((copy) => copy.comments)])
    versions.set(comment.id, [...(versions.get(comment.id) ?? []), comment]);
  const comments = [...versions.entries()]
    .map(([id, all]) => mergeCommentVersions(all, before.get(id)))
    .sort(byCreation);
  const report = compare(before, comments, copies.length);
  const merged = { ...original, comments };
  if (now === undefined || !broughtSomething(report)) return { project: merged, report };
  return {
    project: {
      ...merged,
      meta: { ...merged.meta, updatedAt: now },
      history: [
        ...merged.history,
        {
          at: now,
          kind: 'imported',
          fact: {
            type: 'feedback-merged',
            newComments: report.newComments,
            newReplies: report.newReplies,
            statusChanges: report.statusChanges,
            decisions: report.decisions,
          },
        },
      ],
    },
    report,
  };
}

/** "2 new comments, 1 new reply, 0 status changes", and ", 1 decided suggestion" when there are. */
export function describeMerge(
  report: Pick<MergeReport, 'newComments' | 'newReplies' | 'statusChanges' | 'decisions'>,
): string {
  return [
    countOf(report.newComments, 'new comment'),
    countOf(report.newReplies, 'new reply', 'new replies'),
    countOf(report.statusChanges, 'status change'),
    ...(report.decisions > 0 ? [countOf(report.decisions, 'decided suggestion')] : []),
  ].join(', ');
}

/** Whether a merge changed anything: merging what was already merged changes nothing. */
export function broughtSomething(report: MergeReport): boolean {
  return report.newComments + report.newReplies + report.statusChanges + report.decisions > 0;
}

function compare(
  before: ReadonlyMap<string, Comment>,
  after: readonly Comment[],
  copies: number,
): MergeReport {
  const report = { copies, newComments: 0, newReplies: 0, statusChanges: 0, decisions: 0 };
  for (const comment of after) {
    const old = before.get(comment.id);
    if (!old) report.newComments += 1;
    const oldReplies = new Set(old?.replies.map((reply) => reply.id));
    report.newReplies += comment.replies.filter((reply) => !oldReplies.has(reply.id)).length;
    if (old && (old.status !== comment.status || old.statusChangedAt !== comment.statusChangedAt))
      report.statusChanges += 1;
    if (old && decisionOf(old) !== decisionOf(comment)) report.decisions += 1;
  }
  return report;
}

function decisionOf(comment: Comment): string {
  return JSON.stringify(comment.suggestion?.decision ?? null);
}
