import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../model/clause';
import type { Language } from '../model/language';
import { richTextToPlainText } from '../rich-text/to-plain-text';
import { generateSections } from './generate-sections';
import { loadTemplate } from './load-template';
import { resolveAnswers } from './resolve-answers';
import type { Template } from './template';
import { readProfile } from './test-support/read-profile';

/**
 * Every topic of shared/docs/domain-fr.md, and the clauses of the charter that cover it, with a
 * phrase each language's text of those clauses must contain. Checked on the profile that turns
 * every option on; `always` topics are also checked on every profile.
 */
interface Topic {
  topic: string;
  clauses: string[];
  fr: string[];
  en: string[];
  always?: boolean;
}

const TOPICS: Topic[] = [
  {
    topic: 'stakes and risks: leaks, reputation crises, defamation, harassment',
    clauses: ['intro.stakes'],
    fr: ['information confidentielle', 'crise de réputation', 'diffamatoires', 'harcèlement'],
    en: ['confidential information', 'reputation crisis', 'defamatory', 'harassment'],
    always: true,
  },
  {
    topic: 'conditions of use: limit rather than forbid, breaks',
    clauses: ['worktime.reasonable'],
    fr: ['Les pauses restent entièrement libres'],
    en: ['Breaks stay entirely free'],
  },
  {
    topic: 'company devices',
    clauses: ['worktime.devices.own'],
    fr: ['ordinateurs et téléphones fournis par l’entreprise'],
    en: ['Computers and phones provided by the company'],
  },
  {
    topic: 'the three uses: official, professional, personal',
    clauses: ['uses.three'],
    fr: ['l’usage officiel', 'l’usage professionnel', 'l’usage personnel'],
    en: ['official use', 'professional use', 'personal use'],
    always: true,
  },
  {
    topic: 'the rules that differ between the three uses',
    clauses: ['uses.official.managers', 'uses.professional.designated', 'uses.personal'],
    fr: ['Personne d’autre ne s’exprime en son nom', 'relèvent de votre vie privée'],
    en: ['Nobody else speaks in its name', 'belong to your private life'],
  },
  {
    topic: 'confidentiality of company, client and partner information',
    clauses: ['confidentiality.information', 'confidentiality.finance'],
    fr: ['ses clients ou ses partenaires', 'dans le doute', 'information privilégiée'],
    en: ['its clients or its partners', 'if in doubt, leave it out', 'inside information'],
    always: false,
  },
  {
    topic: 'data protection and security: accounts, passwords, phishing',
    clauses: ['confidentiality.personal-data', 'security.accounts', 'security.phishing'],
    fr: ['RGPD', 'mots de passe solides', 'double authentification', 'faux profils'],
    en: ['GDPR', 'strong passwords', 'two-factor authentication', 'fake profiles'],
    always: true,
  },
  {
    topic: 'brand representation and the communication policy',
    clauses: ['brand.policy'],
    fr: ['canaux officiels', 'le logo'],
    en: ['official channels', 'logo'],
    always: true,
  },
  {
    topic: 'who may speak for the company',
    clauses: ['uses.official.managers', 'brand.spokespersons'],
    fr: ['Léa Fontaine', 'par ses porte-parole\u00a0: Isabelle Caron'],
    en: ['Léa Fontaine', 'through its spokespersons: Isabelle Caron'],
  },
  {
    topic: 'media requests go to a designated person',
    clauses: ['brand.media.contact'],
    fr: ['journaliste', 'orientez-le vers Claire Dumas'],
    en: ['journalist', 'refer them to Claire Dumas'],
  },
  {
    topic: 'crisis situations',
    clauses: ['brand.crisis.procedure'],
    fr: ['procédure de gestion de crise', 'alertez sans attendre Antoine Mercier'],
    en: ['crisis management procedure', 'alert Antoine Mercier'],
  },
  {
    topic: 'courtesy with clients and colleagues',
    clauses: ['conduct.courtesy'],
    fr: ['Restez courtois avec les clients'],
    en: ['Stay courteous with clients'],
    always: true,
  },
  {
    topic: 'avoiding controversial topics',
    clauses: ['conduct.controversial'],
    fr: ['Politique, religion', 'ne pas engager l’entreprise'],
    en: ['Politics, religion', 'not to involve the company'],
    always: true,
  },
  {
    topic: 'think before posting: posts last',
    clauses: ['conduct.think'],
    fr: ['Ce qui est publié en ligne dure', 'Avant de publier'],
    en: ['What is posted online lasts', 'Before posting'],
    always: true,
  },
  {
    topic: 'disclaimer on personal profiles',
    clauses: ['conduct.disclaimer'],
    fr: ['«\u00a0Mes opinions n’engagent que moi\u00a0»'],
    en: ['"My opinions are my own"'],
    always: true,
  },
  {
    topic: 'copyright and citing sources',
    clauses: ['conduct.copyright'],
    fr: ['citez l’auteur et la source'],
    en: ['credit the author and the source'],
    always: true,
  },
  {
    topic: 'permission before posting names or photos of others',
    clauses: ['conduct.consent'],
    fr: ['le nom, la photo ou la vidéo', 'demandez-lui son accord'],
    en: ['the name, photo or video', 'ask for their agreement'],
    always: true,
  },
  {
    topic: 'advocacy: voluntary participation',
    clauses: ['advocacy.voluntary'],
    fr: ['entièrement volontaire'],
    en: ['entirely voluntary'],
  },
  {
    topic: 'advocacy: ready-to-share content',
    clauses: ['advocacy.content'],
    fr: ['contenus prêts à partager'],
    en: ['ready-to-share content'],
  },
  {
    topic: 'advocacy: recognition',
    clauses: ['advocacy.recognition.rewards'],
    fr: ['remerciés', 'ne touchent jamais à la rémunération'],
    en: ['thanked', 'never affect pay'],
  },
  {
    topic: 'advocacy: dedicated professional accounts',
    clauses: ['advocacy.accounts.dedicated'],
    fr: ['compte professionnel dédié'],
    en: ['dedicated professional account'],
  },
  {
    topic: 'employees as ambassadors',
    clauses: ['advocacy.voluntary'],
    fr: ['devenir ambassadeurs'],
    en: ['become ambassadors'],
  },
  {
    topic: 'monitoring tools balanced against privacy (CNIL: purpose, retention, staff reps)',
    clauses: ['monitoring.tools', 'monitoring.cse.consulted'],
    fr: ['finalités', 'conservées 6 mois au plus', 'CNIL', 'comité social et économique'],
    en: ['purposes', 'kept for 6 months at most', 'CNIL', 'social and economic committee'],
  },
  {
    topic: 'respect for private life, with the case-law principles',
    clauses: ['privacy.private-life', 'privacy.examples'],
    fr: ['groupe fermé', 'par l’intermédiaire d’un collègue', 'porté spontanément'],
    en: ['closed group', 'through a colleague', 'spontaneously'],
    always: true,
  },
  {
    topic: 'GDPR rights: access and objection',
    clauses: ['privacy.rights.contact'],
    fr: ['vous opposer à leur traitement', 'Nadia Benali'],
    en: ['object to its processing', 'Nadia Benali'],
  },
  {
    topic: 'training and awareness',
    clauses: ['training.actions'],
    fr: ['des ateliers de sensibilisation réguliers'],
    en: ['regular awareness workshops'],
  },
  {
    topic: 'reporting abusive or illegal content',
    clauses: ['reporting.contacts', 'reporting.protection'],
    fr: ['contenu abusif ou illicite', 'Samir Belkacem', 'de bonne foi'],
    en: ['abusive or illegal content', 'Samir Belkacem', 'in good faith'],
  },
  {
    topic: 'graduated, fair and consistent sanctions',
    clauses: ['sanctions.principles', 'sanctions.scale', 'sanctions.basis.annex'],
    fr: ['graduée', 'équitable', 'cohérente', 'avertissement, blâme'],
    en: ['graduated', 'fair', 'consistent', 'warning, reprimand'],
  },
  {
    topic: 'involving employees in drafting',
    clauses: ['intro.drafting.survey', 'adoption.review'],
    fr: ['nous avons interrogé les salariés', 'associe les salariés'],
    en: ['we asked employees', 'involves employees'],
  },
  {
    topic: 'positive tone, not over-restrictive; every restriction justified (L1121-1)',
    clauses: ['intro.purpose', 'intro.freedom'],
    fr: ['ne cherche pas à interdire', 'L1121-1', 'en donne la raison'],
    en: ['does not set out to ban', 'L1121-1', 'says why'],
    always: true,
  },
  {
    topic: 'freedom of expression unless abused; loyalty and discretion',
    clauses: ['intro.freedom'],
    fr: ['l’abus', 'L1222-1'],
    en: ['abuse', 'L1222-1'],
    always: true,
  },
  {
    topic: 'adoption: annex to the règlement intérieur, CSE opinion, formalities, one month',
    clauses: [
      'adoption.route.annex',
      'adoption.cse.opinion',
      'adoption.formalities',
      'adoption.record.court',
    ],
    fr: ['règlement intérieur', 'avis du comité social', 'inspection du travail', 'un mois'],
    en: ['internal rules', 'for its opinion', 'labour inspectorate', 'one month'],
  },
  {
    topic: 'acknowledgement by on-screen acceptance, no signature',
    clauses: ['adoption.acknowledgement'],
    fr: ['validation à l’écran', 'aucune signature'],
    en: ['accepting it on screen', 'no signature'],
    always: true,
  },
  {
    topic: 'review',
    clauses: ['adoption.review'],
    fr: ['relue chaque année'],
    en: ['reviewed every year'],
    always: true,
  },
];

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const PROFILES = ['agency-12', 'industry-300', 'regulated-5000'];
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
const charters = new Map<string, Section[]>();
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
  for (const profile of PROFILES) {
    for (const language of LANGUAGES) {
      const answers = await readProfile(
        `${TEMPLATES}/social-media/profiles/${profile}.${language}.yaml`,
      );
      const sections = generateSections(template, language, resolveAnswers(template, answers));
      charters.set(`${profile}.${language}`, sections);
    }
  }
});

/**
 * The plain text of the clauses `ids`, or null when one of them is missing. A clause written in
 * variants (`uses.personal.listening`, `security.accounts.small-company`) counts for its family.
 */
function clausesText(sections: Section[], ids: string[]): string | null {
  const clauses = sections.flatMap((section) => section.clauses);
  const texts = ids.map((id) => {
    const clause =
      clauses.find((candidate) => candidate.id === id) ??
      clauses.find((candidate) => candidate.id.startsWith(`${id}.`));
    return clause ? richTextToPlainText(clause.body) : null;
  });
  return texts.includes(null) ? null : texts.join('\n');
}

describe.each(LANGUAGES)('the %s charter covers every topic of domain-fr.md', (language) => {
  it.each(TOPICS.map((topic) => [topic.topic, topic] as const))('%s', (_name, topic) => {
    const sections = charters.get(`regulated-5000.${language}`) ?? [];
    const text = clausesText(sections, topic.clauses);
    expect(text, `clauses ${topic.clauses.join(', ')}`).not.toBeNull();
    for (const phrase of topic[language]) expect(text).toContain(phrase);
  });

  it.each(PROFILES)('%s keeps the topics every charter needs', (profile) => {
    const sections = charters.get(`${profile}.${language}`) ?? [];
    for (const topic of TOPICS.filter(({ always }) => always)) {
      expect(clausesText(sections, topic.clauses), topic.topic).not.toBeNull();
    }
  });
});
