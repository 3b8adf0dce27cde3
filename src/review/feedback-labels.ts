import { EXPORT_LABELS, type ExportLabels } from '../export/export-labels';
import type { Language } from '../model/language';
import type { AuthorRole } from './author-roles';

/** The fixed words of the Markdown feedback summary, in the language asked for. */
export interface FeedbackLabels {
  /** The export labels of the same language: locale, dates, the teams' names. */
  export: ExportLabels;
  /** Before the charter's title. */
  title: string;
  /** Before the date of the project's last change, with its colon. */
  asOf: string;
  figures: string;
  figure: string;
  count: string;
  comments: string;
  open: string;
  resolved: string;
  orphaned: string;
  replies: string;
  awaitingReply: string;
  anonymous: string;
  bySection: string;
  section: string;
  /** The row of threads on a clause the charter no longer holds. */
  withoutSection: string;
  byRole: string;
  role: string;
  total: string;
  /** The row of anonymous comments, already counted with employees. */
  anonymousIncluded: string;
  /** Heading of the open threads without a reply. */
  awaitingThreads: string;
  nothingAwaiting: string;
  /** In place of the author of an anonymous comment. */
  anonymousAuthor: string;
  /** After the author of a thread whose passage is no longer found. */
  orphanedNote: string;
  roles: Readonly<Record<AuthorRole, string>>;
}

export const FEEDBACK_LABELS: Readonly<Record<Language, FeedbackLabels>> = {
  fr: {
    export: EXPORT_LABELS.fr,
    title: 'Synthèse des retours',
    asOf: 'État au\u202f:',
    figures: 'En chiffres',
    figure: 'Indicateur',
    count: 'Nombre',
    comments: 'Commentaires',
    open: 'Ouverts',
    resolved: 'Résolus',
    orphaned: 'Passage introuvable',
    replies: 'Réponses',
    awaitingReply: 'En attente de réponse',
    anonymous: 'Anonymes',
    bySection: 'Commentaires par section',
    section: 'Section',
    withoutSection: 'Clause retirée de la charte',
    byRole: 'Commentaires par rôle',
    role: 'Rôle',
    total: 'Total',
    anonymousIncluded: 'dont anonymes',
    awaitingThreads: 'Commentaires ouverts sans réponse',
    nothingAwaiting: 'Chaque commentaire ouvert a reçu une réponse.',
    anonymousAuthor: 'Anonyme',
    orphanedNote: 'passage introuvable dans le texte actuel',
    roles: { ...EXPORT_LABELS.fr.roles, employee: 'Salarié·e' },
  },
  en: {
    export: EXPORT_LABELS.en,
    title: 'Feedback summary',
    asOf: 'As of:',
    figures: 'Key figures',
    figure: 'Figure',
    count: 'Count',
    comments: 'Comments',
    open: 'Open',
    resolved: 'Resolved',
    orphaned: 'Passage not found',
    replies: 'Replies',
    awaitingReply: 'Awaiting a reply',
    anonymous: 'Anonymous',
    bySection: 'Comments per section',
    section: 'Section',
    withoutSection: 'Clause removed from the charter',
    byRole: 'Comments per role',
    role: 'Role',
    total: 'Total',
    anonymousIncluded: 'of which anonymous',
    awaitingThreads: 'Open comments without a reply',
    nothingAwaiting: 'Every open comment has a reply.',
    anonymousAuthor: 'Anonymous',
    orphanedNote: 'passage no longer found in the current text',
    roles: { ...EXPORT_LABELS.en.roles, employee: 'Employee' },
  },
};
