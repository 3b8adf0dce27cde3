import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { CREATED, TEMPLATES } from '../review/test-support/sample-project';
import { keysByRole, signOffAll } from '../signoff/test-support/sign-off-steps';
import { verifyExport } from '../signoff/verify-export';
import { createProject } from '../template/create-project';
import { loadTemplate } from '../template/load-template';
import type { Template } from '../template/template';
import { readProfile } from '../template/test-support/read-profile';
import { charterRules, CharterRules } from './charter-rules';
import { ExportDocument } from './export-document';
import { rulesAnswers } from './rules-answers';
import { createSampleProject } from './sample-project.fixture';
import { hasPython, schemaVerdicts, type ExportData } from './test-support/read-with-python';
import { exportYaml } from './yaml-export';
import { importYaml } from './yaml-import';

const PROFILES = ['agency-12', 'industry-300', 'regulated-5000'] as const;
const NOW = '2026-12-05T10:00:00.000Z';

let socialMedia: Template;
let ambassadors: Template;
beforeAll(async () => {
  [socialMedia, ambassadors] = await Promise.all([
    loadTemplate(TEMPLATES, 'social-media'),
    loadTemplate(TEMPLATES, 'ambassadors'),
  ]);
});

async function profileProject(
  profile: (typeof PROFILES)[number],
  language: Language = 'en',
): Promise<Project> {
  return createProject({
    id: `charter-${profile}`,
    template: socialMedia,
    answers: await readProfile(`${TEMPLATES}/social-media/profiles/${profile}.${language}.yaml`),
    language,
    now: CREATED,
  });
}

/** Rules that say nothing at all: what a template without any of the questions gives. */
const SILENT: CharterRules = {
  personalUse: { duringWorkingTime: null, onCompanyDevices: null },
  platforms: null,
  officialAccounts: { managers: null, spokespersons: null, professionalUse: null },
  contacts: { media: null, crisis: null, reporting: null, privacy: null },
  advocacy: {
    programme: null,
    voluntary: null,
    sharedContent: null,
    recognition: null,
    dedicatedAccounts: null,
  },
  monitoring: { tools: null, purposes: null, retentionMonths: null, staffRepresentatives: null },
  sanctions: { included: null, scale: null, basis: null },
  review: { cadence: null },
};

describe('charterRules', () => {
  it('reads every rule of a 300-employee manufacturer from its answers and clauses', async () => {
    expect(charterRules(await profileProject('industry-300'))).toEqual({
      personalUse: { duringWorkingTime: 'breaks-only', onCompanyDevices: false },
      platforms: ['linkedin', 'facebook', 'youtube', 'internal'],
      officialAccounts: {
        managers: [
          {
            name: 'Sophie Garnier',
            role: 'Head of Communications',
            email: 'communication@forges-durand.fr',
          },
        ],
        spokespersons: [{ name: 'Marc Durand', role: 'CEO' }],
        professionalUse: 'allowed',
      },
      contacts: {
        media: [
          { name: 'Sophie Garnier', email: 'presse@forges-durand.fr', phone: '+33 4 77 00 00 00' },
        ],
        crisis: [{ name: 'Sophie Garnier', phone: '+33 6 00 00 00 01' }],
        reporting: [
          {
            name: 'Nicolas Perrin',
            role: 'IT manager',
            email: 'support@forges-durand.fr',
            phone: '+33 4 77 00 00 99',
          },
        ],
        privacy: [{ name: 'Paul Roux', role: 'DPO', email: 'dpo@forges-durand.fr' }],
      },
      advocacy: {
        programme: true,
        voluntary: true,
        sharedContent: true,
        recognition: 'highlight',
        dedicatedAccounts: false,
      },
      monitoring: {
        tools: ['filtering', 'logs'],
        purposes: ['security', 'leaks'],
        retentionMonths: 6,
        staffRepresentatives: 'consulted',
      },
      sanctions: {
        included: true,
        scale: ['warning', 'reprimand', 'suspension', 'dismissal'],
        basis: 'reglement-interieur',
      },
      review: { cadence: 'yearly' },
    } satisfies CharterRules);
  });

  it('leaves out what hidden questions hold: no programme, no tools, no sanctions, no crisis procedure', async () => {
    const project = await profileProject('agency-12');
    // The wizard stored the defaults of the questions it did not ask.
    expect(project.answers).toMatchObject({
      'advocacy.recognition': 'highlight',
      'monitoring.purposes': ['security'],
      'sanctions.scale': expect.any(Array),
    });
    expect(charterRules(project)).toEqual({
      personalUse: { duringWorkingTime: 'free', onCompanyDevices: true },
      platforms: ['linkedin', 'instagram'],
      officialAccounts: {
        managers: [
          { name: 'Julie Morel', role: 'Community manager', email: 'julie@pixel-plume.fr' },
        ],
        // Unanswered: the charter names nobody, which is not the same as not saying.
        spokespersons: [],
        professionalUse: 'encouraged',
      },
      contacts: {
        media: [
          {
            name: 'Hugo Lambert',
            role: 'CEO',
            email: 'hugo@pixel-plume.fr',
            phone: '+33 2 40 00 00 12',
          },
        ],
        crisis: [],
        reporting: [{ name: 'Hugo Lambert', email: 'hugo@pixel-plume.fr' }],
        privacy: [],
      },
      advocacy: {
        programme: false,
        voluntary: null,
        sharedContent: null,
        recognition: null,
        dedicatedAccounts: null,
      },
      monitoring: { tools: [], purposes: null, retentionMonths: null, staffRepresentatives: null },
      sanctions: { included: false, scale: null, basis: null },
      review: { cadence: 'every-two-years' },
    } satisfies CharterRules);
  });

  it('says the same in French and in English: values are ids, never prose', async () => {
    for (const profile of PROFILES) {
      const [fr, en] = await Promise.all([
        profileProject(profile, 'fr'),
        profileProject(profile, 'en'),
      ]);
      const ids = (rules: CharterRules) => ({ ...rules, officialAccounts: {}, contacts: {} });
      expect(ids(charterRules(fr)), profile).toEqual(ids(charterRules(en)));
    }
  });

  it('tells whether the CSE was consulted on monitoring, or that there is none', async () => {
    const project = await profileProject('industry-300');
    const staff = (answers: Project['answers']) =>
      charterRules({ ...project, answers: { ...project.answers, ...answers } }).monitoring
        .staffRepresentatives;
    expect(staff({ 'monitoring.cseConsulted': false })).toBe('not-yet-consulted');
    expect(staff({ 'legal.cse': false })).toBe('no-cse');
  });

  it('says nothing for questions the template does not have: the ambassador guide', () => {
    const project = createProject({
      id: 'guide',
      template: ambassadors,
      answers: { 'company.name': 'Forges Durand', 'platform.used': true },
      language: 'en',
      now: CREATED,
    });
    expect(charterRules(project)).toEqual(SILENT);
  });

  it('says nothing either for the hand-built sample, whose answers are all about the company', () => {
    expect(charterRules(createSampleProject())).toEqual(SILENT);
  });

  it('treats an answer of the wrong kind as no answer rather than guessing', async () => {
    const project = await profileProject('industry-300');
    const rules = charterRules({
      ...project,
      answers: {
        ...project.answers,
        'uses.personal': 'sometimes',
        'monitoring.retentionMonths': '6',
        'communication.platforms': ['linkedin', 'myspace'],
      },
    });
    expect(rules.personalUse.duringWorkingTime).toBeNull();
    expect(rules.monitoring.retentionMonths).toBeNull();
    expect(rules.platforms).toBeNull();
  });

  it('are given back by the answers they were read from, for every profile', async () => {
    for (const profile of PROFILES) {
      const project = await profileProject(profile);
      const rules = charterRules(project);
      const answers = rulesAnswers(rules);
      expect(charterRules({ answers, sections: project.sections }), profile).toEqual(rules);
    }
    const sample = createSampleProject();
    expect(rulesAnswers(charterRules(sample))).toEqual({});
  });
});

describe('rules in the YAML export (contract 2)', () => {
  it('come after the formalities and before the sections, as the same ids', async () => {
    const yaml = exportYaml(await profileProject('industry-300'));
    expect(yaml).toMatch(/\nformalities:\n[\s\S]*\nrules:\n {2}personalUse:\n/);
    expect(yaml).toContain('    duringWorkingTime: breaks-only\n');
    expect(yaml.indexOf('\nrules:')).toBeLessThan(yaml.indexOf('\nsections:'));
    expect(ExportDocument.parse(parse(yaml))).toMatchObject({ format: 'charter-studio/charter@2' });
  });

  it('come back through an import of a draft and of a signed-off version, byte for byte', async () => {
    for (const profile of PROFILES) {
      const draft = await profileProject(profile);
      const signed = signOffAll(draft, NOW, keysByRole()).project;
      for (const project of [draft, signed]) {
        const yaml = exportYaml(project);
        expect(exportYaml(importYaml(yaml, { now: NOW })), profile).toBe(yaml);
      }
      expect(verifyExport(exportYaml(signed)).failures).toEqual([]);
    }
  });

  it('carry the next review date with the version, outside the fingerprinted text', async () => {
    const { project } = signOffAll(await profileProject('agency-12'), NOW, keysByRole());
    const document = ExportDocument.parse(parse(exportYaml(project)));
    // The agency profile promises a review every two years.
    expect(document.version).toMatchObject({ nextReviewDate: '2028-12-05' });
    const moved = { ...project, signOff: { ...project.signOff, nextReviewDate: '2028-01-31' } };
    const yaml = exportYaml(moved);
    expect(yaml).toContain('  nextReviewDate: "2028-01-31"\n');
    expect(ExportDocument.parse(parse(yaml)).version.fingerprint).toBe(
      document.version.fingerprint,
    );
    expect(verifyExport(yaml).failures).toEqual([]);
    expect(importYaml(yaml, { now: NOW }).signOff.nextReviewDate).toBe('2028-01-31');
  });

  it.skipIf(!hasPython)(
    'are valid against the published schema exactly when the import accepts them',
    async () => {
      const valid = parse(exportYaml(await profileProject('industry-300'))) as ExportData;
      const variants: [string, (document: ExportData) => void][] = [
        ['unchanged', () => undefined],
        ['rules that say nothing', (document) => Object.assign(document, { rules: SILENT })],
        ['no rules', (document) => delete (document as Partial<ExportData>).rules],
        ['no review', (document) => delete document.rules.review],
        [
          'a French value',
          (document) =>
            Object.assign(document.rules.personalUse ?? {}, { duringWorkingTime: 'pauses' }),
        ],
        [
          'an answer option for a rule value',
          (document) =>
            Object.assign(document.rules.personalUse ?? {}, { duringWorkingTime: 'breaks' }),
        ],
        [
          'an unknown platform',
          (document) =>
            Object.assign(document, { rules: { ...document.rules, platforms: ['myspace'] } }),
        ],
        [
          'a retention in days',
          (document) => Object.assign(document.rules.monitoring ?? {}, { retentionMonths: 182.5 }),
        ],
        [
          'a contact without a name',
          (document) =>
            Object.assign(document.rules.contacts ?? {}, { privacy: [{ email: 'dpo@x.fr' }] }),
        ],
        [
          'a contact with an address',
          (document) =>
            Object.assign(document.rules.contacts ?? {}, {
              privacy: [{ name: 'Paul Roux', address: 'Lyon' }],
            }),
        ],
        [
          'participation said compulsory',
          (document) => Object.assign(document.rules.advocacy ?? {}, { voluntary: false }),
        ],
        ['an unknown rule', (document) => Object.assign(document.rules, { smoking: {} })],
        [
          'a review date in the rules',
          (document) =>
            Object.assign(document.rules.review ?? {}, { nextReviewDate: '2027-01-01' }),
        ],
        [
          'a review date that is no day',
          (document) => Object.assign(document.version, { nextReviewDate: '2027-02-30' }),
        ],
      ];
      const verdicts = await schemaVerdicts(valid, variants);
      for (const verdict of verdicts) expect(verdict.jsonSchema, verdict.name).toBe(verdict.zod);
      expect(verdicts.filter((verdict) => verdict.zod).map((verdict) => verdict.name)).toEqual([
        'unchanged',
        'rules that say nothing',
      ]);
    },
  );
});
