import type { Project } from '../../model/project';
import { createComment } from '../create-comment';
import { replyToComment } from '../reply-to-comment';
import { setCommentStatus } from '../set-comment-status';
import { sampleProject } from './sample-project';

/** The review comments of `commentedProject`, as Word shows them. */
export const REVIEW = {
  legal: { name: 'Claire Martin', role: 'legal' },
  hr: { name: 'Inès Moreau', role: 'hr' },
  stagiaires: { quote: 'les stagiaires', text: 'Préciser la durée des stages.' },
  reply: 'Six mois au plus, je complète.',
  remote: { quote: 'télétravail', text: 'Et chez un client ?' },
  /** Starts in plain text and ends inside bold. */
  company: { quote: 'chez Atelier Pixel', text: 'Le nom exact de la société ?' },
  orphan: { quote: 'un passage supprimé depuis', text: 'Ce passage a disparu.' },
  resolved: { quote: 'quotidien', text: 'Déjà vu, réglé.' },
} as const;

/**
 * The sample charter with a review under way: a signed comment with a reply, an anonymous one,
 * one across a bold run, one whose passage is gone (orphaned) and one resolved.
 */
export async function commentedProject(): Promise<Project> {
  const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
  let project = await sampleProject();
  const add = (clauseId: string, quote: string, text: string, minute: number, id: string) => {
    project = createComment(project, {
      clauseId,
      quote,
      text,
      author: REVIEW.legal,
      now: at(minute),
      id,
    }).project;
  };
  add('scope.people', REVIEW.stagiaires.quote, REVIEW.stagiaires.text, 1, 'stagiaires');
  project = replyToComment(project, {
    commentId: 'stagiaires',
    text: REVIEW.reply,
    author: REVIEW.hr,
    now: at(2),
    id: 'stagiaires-reply',
  });
  project = createComment(project, {
    clauseId: 'scope.sites',
    quote: REVIEW.remote.quote,
    text: REVIEW.remote.text,
    anonymous: true,
    now: at(3),
    id: 'remote',
  }).project;
  add('intro.purpose', REVIEW.company.quote, REVIEW.company.text, 4, 'company');
  add('intro.purpose', REVIEW.resolved.quote, REVIEW.resolved.text, 5, 'resolved');
  project = setCommentStatus(project, { commentId: 'resolved', status: 'resolved', now: at(6) });
  // Commented while the passage was there; it has been rewritten since.
  add('scope.people', 'les stagiaires et les intérimaires', REVIEW.orphan.text, 7, 'orphan');
  return {
    ...project,
    comments: project.comments.map((comment) =>
      comment.id === 'orphan'
        ? { ...comment, anchor: { ...comment.anchor, exact: REVIEW.orphan.quote, offset: 0 } }
        : comment,
    ),
  };
}
