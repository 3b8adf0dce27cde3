import type { Author } from '../../model/comment';
import type { Project } from '../../model/project';
import { doc, p, text } from '../../rich-text/test-support/rich-text-builders';
import { createComment } from '../create-comment';
import { replyToComment } from '../reply-to-comment';
import { setCommentStatus } from '../set-comment-status';
import { sampleProject, withClauseBody } from './sample-project';

const HR: Author = { name: 'Inès Bernard', role: 'hr' };

interface Feedback {
  id: string;
  clauseId: string;
  quote: string;
  text: string;
  author?: Author;
  resolved?: boolean;
  reply?: string;
}

/**
 * The feedback the sample charter gathered in review, one thread of each kind: legal, IT,
 * communication and HR reviewers, two anonymous employees; open, resolved, answered, not yet
 * answered; and one orphan, whose passage HR rewrote.
 */
export const FEEDBACK: readonly Feedback[] = [
  {
    id: 'legal-interns',
    clauseId: 'scope.people',
    quote: 'toutes les personnes',
    text: 'Préciser le cas des stagiaires.',
    author: { name: 'Claire Martin', role: 'legal' },
  },
  {
    id: 'anonymous-remote',
    clauseId: 'scope.sites',
    quote: 'en télétravail',
    text: 'Et chez un client ?',
    reply: 'Oui, la charte s’y applique aussi.',
  },
  {
    id: 'anonymous-breaks',
    clauseId: 'worktime.free',
    quote: 'fait confiance à chacun',
    text: 'Les *pauses* | comptent-elles ?\nMerci.',
  },
  {
    id: 'it-scams',
    clauseId: 'security.accounts.small-company',
    quote: 'les escroqueries',
    text: 'Citer l’hameçonnage ciblé.',
    author: { name: 'Marc Petit', role: 'it' },
    resolved: true,
    reply: 'Ajouté dans la clause suivante.',
  },
  {
    id: 'communication-news',
    clauseId: 'brand.policy',
    quote: 'résultats, nominations, partenariats',
    text: 'Qui valide les annonces ?',
    author: { name: 'Julie Morel', role: 'communication' },
  },
  {
    id: 'hr-think',
    clauseId: 'conduct.think',
    quote: 'Ce qui est publié en ligne dure',
    text: 'Reformuler plus simplement.',
    author: HR,
    resolved: true,
  },
];

/** The sample charter with FEEDBACK on it; "communication-news" lost its passage. */
export async function feedbackProject(): Promise<Project> {
  let project = await sampleProject();
  FEEDBACK.forEach((feedback, index) => {
    const now = `2026-03-0${index + 2}T10:00:00.000Z`;
    project = createComment(project, {
      clauseId: feedback.clauseId,
      quote: feedback.quote,
      text: feedback.text,
      author: feedback.author,
      anonymous: feedback.author === undefined,
      now,
      id: feedback.id,
    }).project;
    if (feedback.reply) {
      project = replyToComment(project, {
        commentId: feedback.id,
        text: feedback.reply,
        author: HR,
        now,
        id: `${feedback.id}-reply`,
      });
    }
    if (feedback.resolved)
      project = setCommentStatus(project, { commentId: feedback.id, status: 'resolved', now });
  });
  return withClauseBody(
    project,
    'brand.policy',
    doc(p(text('La direction de la communication publie seule les nouvelles officielles.'))),
  );
}
