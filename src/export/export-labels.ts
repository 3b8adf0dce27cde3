import type { Language } from '../model/language';
import type { Role } from '../model/role';
import type { Approval, LifecycleStatus } from '../model/sign-off';

/** The fixed words of the human-readable exports (HTML, PDF, DOCX), in the charter's language. */
export interface ExportLabels {
  /** BCP 47 locale for dates. */
  locale: string;
  version: string;
  page: string;
  /** Before the owner's role, with its colon: "Responsable :" */
  owner: string;
  approvals: string;
  role: string;
  name: string;
  decision: string;
  date: string;
  reason: string;
  /** What the document is, for its properties (DOCX description and keywords). */
  documentKind: string;
  keywords: readonly string[];
  roles: Readonly<Record<Role, string>>;
  statuses: Readonly<Record<LifecycleStatus, string>>;
  decisions: Readonly<Record<Approval['decision'], string>>;
}

export const EXPORT_LABELS: Readonly<Record<Language, ExportLabels>> = {
  fr: {
    locale: 'fr-FR',
    version: 'Version',
    page: 'Page',
    owner: 'Responsable\u202f:',
    approvals: 'Validations',
    role: 'Fonction',
    name: 'Nom',
    decision: 'Décision',
    date: 'Date',
    reason: 'Motif',
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
  },
  en: {
    locale: 'en-GB',
    version: 'Version',
    page: 'Page',
    owner: 'Owner:',
    approvals: 'Approvals',
    role: 'Role',
    name: 'Name',
    decision: 'Decision',
    date: 'Date',
    reason: 'Reason',
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
  },
};

/** "2 mars 2026": the day in UTC, so an export does not depend on the machine's time zone. */
export function formatExportDate(timestamp: string, labels: ExportLabels): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(timestamp),
  );
}
