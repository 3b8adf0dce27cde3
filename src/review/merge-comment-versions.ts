import type { Comment, CommentReply, Suggestion, SuggestionDecision } from '../model/comment';
import { byCreation } from './creation-order';

/**
 * One comment from the versions of it that the original and the copies hold. The original's
 * version gives the comment itself (else the first in a fixed order); replies are the union of
 * all, oldest first; the status is the most recently changed one. A suggestion's decision is
 * final: an acceptance wins, since it already changed the original's text, else the earliest.
 */
export function mergeCommentVersions(
  versions: readonly Comment[],
  fromOriginal: Comment | undefined,
): Comment {
  const base = fromOriginal ?? canonicalFirst(versions);
  const latest = versions.reduce((best, version) => (laterStatus(version, best) ? version : best));
  const statusChange =
    latest.statusChangedAt === undefined ? {} : { statusChangedAt: latest.statusChangedAt };
  const { statusChangedAt: _ignored, ...rest } = base;
  return {
    ...rest,
    ...(base.suggestion ? { suggestion: mergeSuggestion(base.suggestion, versions) } : {}),
    status: latest.status,
    ...statusChange,
    replies: mergeReplies(versions, fromOriginal),
  };
}

function mergeSuggestion(suggestion: Suggestion, versions: readonly Comment[]): Suggestion {
  const { decision: _ignored, ...undecided } = suggestion;
  const decisions = versions.flatMap((version) => version.suggestion?.decision ?? []);
  const winner = decisions.reduce<SuggestionDecision | undefined>(
    (best, decision) => (!best || decidesFirst(decision, best) ? decision : best),
    undefined,
  );
  return winner ? { ...undecided, decision: winner } : undecided;
}

function decidesFirst(candidate: SuggestionDecision, best: SuggestionDecision): boolean {
  if (candidate.status !== best.status) return candidate.status === 'accepted';
  const at = Date.parse(candidate.at) - Date.parse(best.at);
  if (at !== 0) return at < 0;
  // Two decisions at the same instant: settle it the same way whatever the order.
  return compareText(key(candidate), key(best)) < 0;
}

function mergeReplies(
  versions: readonly Comment[],
  fromOriginal: Comment | undefined,
): CommentReply[] {
  const byId = new Map<string, CommentReply>();
  for (const reply of fromOriginal?.replies ?? []) byId.set(reply.id, reply);
  const others = versions.flatMap((version) => version.replies);
  for (const reply of [...others].sort((a, b) => compareText(key(a), key(b))))
    if (!byId.has(reply.id)) byId.set(reply.id, reply);
  return [...byId.values()].sort(byCreation);
}

/** A status changed later wins; an unrecorded change is older than any recorded one. */
function laterStatus(candidate: Comment, best: Comment): boolean {
  const candidateAt = statusTime(candidate);
  const bestAt = statusTime(best);
  if (candidateAt !== bestAt) return candidateAt > bestAt;
  // Two changes at the same instant: settle it the same way whatever the order.
  return candidate.status > best.status;
}

function statusTime(comment: Comment): number {
  return comment.statusChangedAt === undefined ? -Infinity : Date.parse(comment.statusChangedAt);
}

function canonicalFirst(versions: readonly Comment[]): Comment {
  return [...versions].sort((a, b) => compareText(key(a), key(b)))[0] as Comment;
}

function key(value: unknown): string {
  return JSON.stringify(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
