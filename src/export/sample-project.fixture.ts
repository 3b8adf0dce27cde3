import { draftFingerprint } from '../signoff/request-sign-off';
import { contentOf } from '../signoff/version-content';
import { type ExportContract, LATEST_EXPORT_CONTRACT } from '../model/export-contract';
import type { Fingerprint, SignOffRequest } from '../model/sign-off';
import { PROJECT_SCHEMA_VERSION, Project, type ProjectInput } from '../model/project';
import type { Section } from '../model/clause';
import {
  bold,
  br,
  bullets,
  doc,
  italic,
  item,
  numbered,
  p,
  text,
} from '../rich-text/test-support/rich-text-builders';

/**
 * The one test document of every exporter, built by hand (no template engine): French text with
 * accents and typographic spaces, markup characters, a company name that looks like HTML, a
 * clause that holds a script tag, bold and italic, nested bullet and ordered lists, hard breaks,
 * a restrictive clause with its rationale, and answers that YAML 1.1 would misread if they were
 * not quoted.
 */
export const SAMPLE_COMPANY = 'Société Dupré & Fils <SA>';

const sections: Section[] = [
  {
    id: 'scope',
    title: 'Champ d’application',
    owner: 'hr',
    clauses: [
      {
        id: 'scope.who',
        title: 'Personnes concernées',
        owner: 'hr',
        body: doc(
          p(
            text('La présente charte s’applique à l’ensemble des collaborateurs de '),
            bold(SAMPLE_COMPANY),
            text(', quel que soit leur contrat\u202f:'),
          ),
          bullets(
            item(p(text('les salariés en CDI et en CDD\u202f;'))),
            item(p(text('les stagiaires et les alternants\u202f;'))),
            item(
              p(text('les prestataires '), italic('intervenant sur site'), text('\u202f:')),
              bullets(item(p(text('sous-traitants\u202f;'))), item(p(text('intérimaires.')))),
            ),
          ),
        ),
      },
      {
        id: 'scope.networks',
        owner: 'communication',
        body: doc(
          p(
            text('Elle vise tous les réseaux sociaux (LinkedIn, Instagram, X, TikTok…)'),
            br,
            text('ainsi que les messageries de groupe comme WhatsApp ou Signal.'),
          ),
        ),
      },
    ],
  },
  {
    id: 'conduct',
    title: 'Règles de conduite',
    owner: 'communication',
    clauses: [
      {
        id: 'conduct.principles',
        title: 'Principes',
        owner: 'communication',
        rationale:
          'Les informations internes (résultats, projets de R&D) ne sont pas publiques\u202f: leur diffusion nuirait à l’entreprise et à ses clients. La règle ne vise qu’elles et la prise de parole au nom de l’entreprise, pas ce que chacun dit de son métier.',
        body: doc(
          p(text('Chaque collaborateur s’engage à\u202f:')),
          numbered(
            1,
            item(
              p(bold('respecter'), text(' la confidentialité des informations internes\u202f;')),
            ),
            item(
              p(
                text('ne jamais s’exprimer '),
                italic('au nom de'),
                text(' l’entreprise sans autorisation, en particulier\u202f:'),
              ),
              bullets(
                item(p(text('sur les résultats financiers\u202f;'))),
                item(p(text('sur les '), text('projets en cours', 'bold', 'italic'), text('.'))),
              ),
            ),
            item(
              p(text('signaler tout contenu '), bold('inapproprié'), text(' à la communication.')),
            ),
          ),
          p(
            text('Ces principes valent aussi '),
            italic('en dehors'),
            text(' des heures de travail.'),
          ),
        ),
      },
      {
        id: 'conduct.hashtags',
        title: 'Hashtags et mentions',
        owner: 'communication',
        body: doc(
          p(text('#DupréEtFils est le seul hashtag officiel.')),
          p(
            text('- Ceci n’est pas une liste, 1. ceci non plus'),
            br,
            text('1. ni ceci'),
            br,
            text('Les *astérisques*, _soulignés_, [crochets] et C:\\Partage restent du texte.'),
          ),
        ),
      },
      {
        id: 'conduct.security',
        title: 'Sécurité des comptes',
        owner: 'it',
        body: doc(
          p(
            text(
              'N’exécutez jamais un code reçu en message privé, tel que <script>alert(1)</script>.',
            ),
          ),
          numbered(
            3,
            item(p(text('Activez la double authentification.'))),
            item(p(text('Changez vos mots de passe.'))),
          ),
        ),
      },
    ],
  },
  {
    id: 'sanctions',
    title: 'Sanctions',
    owner: 'legal',
    clauses: [
      {
        id: 'sanctions.disciplinary',
        title: 'Manquements',
        owner: 'legal',
        body: doc(
          p(
            text('Tout manquement peut entraîner une sanction disciplinaire, conformément au '),
            italic('règlement intérieur'),
            text(' et aux articles L1331-1 et suivants du Code du travail.'),
          ),
          p(text('Contact\u00a0: « rh@dupre-fils.fr »')),
        ),
      },
      {
        id: 'sanctions.review',
        owner: 'hr',
        body: doc(p(text('Cette charte est revue chaque année par le comité de direction.'))),
      },
    ],
  },
];

const SAMPLE_PROJECT: ProjectInput = {
  schemaVersion: PROJECT_SCHEMA_VERSION,
  id: 'sample-charter',
  meta: {
    title: 'Charte d’utilisation des réseaux sociaux',
    language: 'fr',
    status: 'sign-off-requested',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-03-02T16:30:00.000Z',
  },
  template: { id: 'social-media-charter', version: '1.2.0' },
  answers: {
    'company.name': SAMPLE_COMPANY,
    'company.headcount': 240,
    'company.sector': 'Agroalimentaire',
    // Plain in YAML 1.2, but a boolean, a date and a number of minutes in YAML 1.1.
    'company.worksCouncil': 'yes',
    'company.founded': '1998-04-01',
    'company.supportHours': '9:30',
    'company.siren': '012345678',
    'company.hasIntranet': true,
    'company.networks': ['LinkedIn', 'Instagram', 'on'],
    'company.formerName': null,
    tone: 'formel',
  },
  sections,
  approvals: [
    {
      versionNumber: 1,
      role: 'hr',
      name: 'Claire Martin',
      decision: 'approved',
      date: '2025-06-28T08:00:00.000Z',
    },
    {
      versionNumber: 2,
      role: 'hr',
      name: 'Claire Martin',
      decision: 'approved',
      date: '2026-03-01T10:15:00.000Z',
    },
    {
      versionNumber: 2,
      role: 'legal',
      name: 'Maître Élodie Fournier',
      decision: 'rejected',
      date: '2026-03-02T14:00:00.000Z',
      reason: 'L’article sur les sanctions doit citer le règlement intérieur.',
    },
  ],
};

/**
 * A fresh copy each time, so no test sees another's changes: version 1 signed off under another
 * title, version 2 waiting for sign-off (HR approved, legal rejected). Both are fingerprinted
 * under `contract`: contract 1 gives the file as Charter Studio kept it before contract 2, with
 * no `contract` recorded.
 */
export function createSampleProject(contract: ExportContract = LATEST_EXPORT_CONTRACT): Project {
  const draft = Project.parse(structuredClone(SAMPLE_PROJECT));
  const first = { ...draft, meta: { ...draft.meta, title: 'Charte réseaux sociaux' } };
  const recorded = contract === 1 ? {} : { contract };
  const request = (text: Project, fingerprint: Fingerprint): SignOffRequest => ({
    requestedAt: '2026-03-01T09:00:00.000Z',
    roles: ['hr', 'legal', 'it'],
    fingerprint,
    content: contentOf(text),
    ...recorded,
  });
  // What each text gives while waiting for sign-off under `contract`.
  const fingerprints = [first, draft].map((text) =>
    draftFingerprint({ ...text, signOff: { ...text.signOff, request: request(text, '') } }),
  );
  return {
    ...draft,
    versions: [
      {
        number: 1,
        status: 'signed-off',
        createdAt: '2025-06-30T10:00:00.000Z',
        fingerprint: fingerprints[0] ?? '',
        roles: ['hr'],
        content: contentOf(first),
        ...recorded,
      },
    ],
    signOff: { ...draft.signOff, request: request(draft, fingerprints[1] ?? '') },
    approvals: draft.approvals.map((approval) => ({
      ...approval,
      fingerprint: fingerprints[approval.versionNumber - 1],
    })),
  };
}
