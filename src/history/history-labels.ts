import type { z } from 'zod';
import type { Language } from '../model/language';
import type { HistoryEventKind } from '../model/history-event';

export type HistoryKind = z.infer<typeof HistoryEventKind>;

/** The fixed words of the audit trail for people (Markdown, CSV), in the language asked for. */
export interface HistoryLabels {
  /** BCP 47 locale for dates. */
  locale: string;
  /** Before the charter's title. */
  title: string;
  /** The line under the title: which charter, how many events, over which days. */
  summary(id: string, count: number, first: string, last: string): string;
  empty(id: string): string;
  columns: { at: string; atIso: string; event: string; actor: string; detail: string };
  /** In place of the actor when the event does not name one. */
  noActor: string;
  kinds: Readonly<Record<HistoryKind, string>>;
}

export const HISTORY_LABELS: Readonly<Record<Language, HistoryLabels>> = {
  fr: {
    locale: 'fr-FR',
    title: 'Journal des événements',
    summary: (id, count, first, last) =>
      `Charte ${id}\u202f: ${count === 1 ? '1 événement' : `${count} événements`}, du ${first} au ${last}. Heures en temps universel (UTC).`,
    empty: (id) => `Charte ${id}\u202f: aucun événement n’a été enregistré.`,
    columns: {
      at: 'Date',
      atIso: 'Date UTC (ISO 8601)',
      event: 'Événement',
      actor: 'Par',
      detail: 'Détail',
    },
    noActor: '—',
    kinds: {
      created: 'Création de la charte',
      answered: 'Réponses au questionnaire',
      edited: 'Modification du texte',
      commented: 'Commentaire',
      requested: 'Validation demandée',
      approved: 'Approbation',
      rejected: 'Refus',
      withdrawn: 'Demande de validation retirée',
      'signed-off': 'Version validée',
      published: 'Version publiée',
      exported: 'Export',
      imported: 'Import',
    },
  },
  en: {
    locale: 'en-GB',
    title: 'Audit trail',
    summary: (id, count, first, last) =>
      `Charter ${id}: ${count === 1 ? '1 event' : `${count} events`}, from ${first} to ${last}. Times in UTC.`,
    empty: (id) => `Charter ${id}: no event has been recorded.`,
    columns: {
      at: 'Date',
      atIso: 'Date UTC (ISO 8601)',
      event: 'Event',
      actor: 'By',
      detail: 'Detail',
    },
    noActor: '—',
    kinds: {
      created: 'Charter created',
      answered: 'Answers changed',
      edited: 'Text edited',
      commented: 'Comment',
      requested: 'Sign-off requested',
      approved: 'Approved',
      rejected: 'Rejected',
      withdrawn: 'Sign-off request withdrawn',
      'signed-off': 'Version signed off',
      published: 'Version published',
      exported: 'Exported',
      imported: 'Imported',
    },
  },
};
