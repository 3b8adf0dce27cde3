import { longDate } from '../dates/long-date';
import type { FormalitiesReasonCode, FormalityStepId } from '../formalities/formalities';
import type { Language } from '../model/language';
import type { Role } from '../model/role';
import type { Approval, LifecycleStatus } from '../model/sign-off';

/** The fixed words of the human-readable exports (HTML, PDF, DOCX), in the charter's language. */
export interface ExportLabels {
  /** BCP 47 locale for dates. */
  locale: string;
  version: string;
  page: string;
  /** "Article 3": the heading of a section, numbered as in a legal text. */
  article(number: number): string;
  /** The table of contents' heading. */
  contents: string;
  /** The cover's rows: the status of the text, and the day it takes effect. */
  status: string;
  effectiveDate: string;
  /** Before the owner's role, with its colon: "Responsable :" */
  owner: string;
  /** Above the rationale of a clause that limits what employees may do. */
  rationale: string;
  approvals: string;
  role: string;
  name: string;
  decision: string;
  date: string;
  reason: string;
  /** Heading of the approvals table's last column, and what it says of each decision. */
  signature: string;
  signed: string;
  notSigned: string;
  /** Under the approvals table, before the full fingerprint of the text decided on. */
  decidedOn: string;
  /** Before the short fingerprint in the running footer. */
  fingerprint: string;
  /** On every page of a text not signed off yet: the watermark and the header band. */
  draftMark: string;
  /** Beside the mark in the header band: why it is there. */
  draftNotice: string;
  /** What the document is, for its properties (DOCX description and keywords). */
  documentKind: string;
  keywords: readonly string[];
  roles: Readonly<Record<Role, string>>;
  statuses: Readonly<Record<LifecycleStatus, string>>;
  decisions: Readonly<Record<Approval['decision'], string>>;
  formalities: FormalitiesLabels;
  /** The author Word shows for an anonymous comment. */
  anonymousAuthor: string;
  /** The line a Word comment ends with when its passage is gone from the text. */
  passageNotFound(quote: string): string;
}

/** The "adoption formalities" block, shown when the formalities apply. */
export interface FormalitiesLabels {
  title: string;
  /** Column heading of the steps. */
  step: string;
  steps: Readonly<Record<FormalityStepId, string>>;
  /** In the date column of a step not done yet. */
  pending: string;
  /** Before the date, with its colon. */
  effectiveDate: string;
  effectiveDateChosen: string;
  /** In place of the date while a step is missing. */
  effectiveDatePending: string;
  /** Why the formalities apply, in one sentence for the reader. */
  reasons: Readonly<Record<Exclude<FormalitiesReasonCode, 'not-required'>, string>>;
}

export const EXPORT_LABELS: Readonly<Record<Language, ExportLabels>> = {
  fr: {
    locale: 'fr-FR',
    version: 'Version',
    page: 'Page',
    article: (number) => `Article ${number}`,
    contents: 'Sommaire',
    status: 'Statut',
    effectiveDate: 'Entrée en vigueur',
    owner: 'Responsable\u202f:',
    rationale: 'Pourquoi cette règle\u202f?',
    approvals: 'Validations',
    role: 'Fonction',
    name: 'Nom',
    decision: 'Décision',
    date: 'Date',
    reason: 'Motif',
    signature: 'Signature',
    signed: 'signée (Ed25519)',
    notSigned: 'non signée',
    decidedOn: 'Décisions prises sur le texte d’empreinte',
    fingerprint: 'Empreinte',
    draftMark: 'PROJET',
    draftNotice: 'texte non validé',
    documentKind: 'Charte d’utilisation des réseaux sociaux',
    keywords: ['charte', 'réseaux sociaux', 'communication', 'salariés'],
    roles: {
      hr: 'Ressources humaines',
      legal: 'Juridique',
      it: 'Informatique',
      communication: 'Communication',
    },
    statuses: {
      draft: 'Brouillon',
      'in-review': 'En relecture',
      'sign-off-requested': 'Validation demandée',
      'signed-off': 'Validée',
      published: 'Publiée',
    },
    decisions: { approved: 'Approuvée', rejected: 'Refusée' },
    formalities: {
      title: 'Formalités d’adoption',
      step: 'Formalité',
      steps: {
        'cse-opinion': 'Avis du comité social et économique (CSE)',
        'labour-inspectorate': 'Transmission à l’inspection du travail',
        'conseil-prud-hommes': 'Dépôt au greffe du conseil de prud’hommes',
        publicity: 'Information des salariés (publicité)',
      },
      pending: 'À accomplir',
      effectiveDate: 'Entrée en vigueur au plus tôt\u202f:',
      effectiveDateChosen: 'Entrée en vigueur\u202f:',
      effectiveDatePending: 'un mois après la dernière formalité, une fois toutes accomplies',
      reasons: {
        'route-reglement-interieur':
          'Annexée au règlement intérieur, la charte est adoptée selon les mêmes formalités (article L1321-4 du Code du travail) et entre en vigueur un mois au moins après leur accomplissement.',
        'route-note-de-service':
          'Note de service fixant des règles générales et permanentes, la charte suit les formalités du règlement intérieur (article L1321-5 du Code du travail) et entre en vigueur un mois au moins après leur accomplissement.',
        'sanctions-50-or-more':
          'Parce qu’elle prévoit des sanctions dans une entreprise d’au moins 50 salariés, la charte est annexée au règlement intérieur et adoptée selon ses formalités (article L1321-4 du Code du travail)\u202f; elle entre en vigueur un mois au moins après leur accomplissement.',
      },
    },
    anonymousAuthor: 'Anonyme',
    passageNotFound: (quote) =>
      `[Passage introuvable dans le texte actuel\u202f: «\u00a0${quote}\u00a0»]`,
  },
  en: {
    locale: 'en-GB',
    version: 'Version',
    page: 'Page',
    article: (number) => `Article ${number}`,
    contents: 'Contents',
    status: 'Status',
    effectiveDate: 'Takes effect',
    owner: 'Owner:',
    rationale: 'Why this rule?',
    approvals: 'Approvals',
    role: 'Role',
    name: 'Name',
    decision: 'Decision',
    date: 'Date',
    reason: 'Reason',
    signature: 'Signature',
    signed: 'signed (Ed25519)',
    notSigned: 'not signed',
    decidedOn: 'Decisions made on the text with fingerprint',
    fingerprint: 'Fingerprint',
    draftMark: 'DRAFT',
    draftNotice: 'not signed off',
    documentKind: 'Social media usage charter',
    keywords: ['charter', 'social media', 'communication', 'employees'],
    roles: { hr: 'Human resources', legal: 'Legal', it: 'IT', communication: 'Communication' },
    statuses: {
      draft: 'Draft',
      'in-review': 'In review',
      'sign-off-requested': 'Sign-off requested',
      'signed-off': 'Signed off',
      published: 'Published',
    },
    decisions: { approved: 'Approved', rejected: 'Rejected' },
    formalities: {
      title: 'Adoption formalities',
      step: 'Formality',
      steps: {
        'cse-opinion': 'Opinion of the social and economic committee (CSE)',
        'labour-inspectorate': 'Sent to the labour inspectorate',
        'conseil-prud-hommes':
          'Filed with the registry of the employment tribunal (conseil de prud’hommes)',
        publicity: 'Made known to employees',
      },
      pending: 'To do',
      effectiveDate: 'Takes effect at the earliest on:',
      effectiveDateChosen: 'Takes effect on:',
      effectiveDatePending: 'one month after the last formality, once all are done',
      reasons: {
        'route-reglement-interieur':
          'As an annex to the règlement intérieur (internal rules), the charter is adopted with the same formalities (French Labour Code, article L1321-4) and takes effect at least one month after they are completed.',
        'route-note-de-service':
          'As a note de service setting general and permanent rules, the charter follows the formalities of the règlement intérieur (French Labour Code, article L1321-5) and takes effect at least one month after they are completed.',
        'sanctions-50-or-more':
          'Because it provides for sanctions in a company of 50 or more employees, the charter is annexed to the règlement intérieur (internal rules) and adopted with its formalities (French Labour Code, article L1321-4); it takes effect at least one month after they are completed.',
      },
    },
    anonymousAuthor: 'Anonymous',
    passageNotFound: (quote) => `[Passage no longer in the text: “${quote}”]`,
  },
};

/** "2 mars 2026": the day in UTC, so an export does not depend on the machine's time zone. */
export function formatExportDate(timestamp: string, labels: ExportLabels): string {
  return longDate(new Date(timestamp), labels.locale);
}
