import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { createProject } from './create-project';
import { loadTemplate } from './load-template';
import type { Template } from './template';
import { charterText } from './test-support/charter-text';
import { readProfile } from './test-support/read-profile';

// The answer files shipped with the template, usable with `charter new --answers`.
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const PROFILES = ['agency-12', 'industry-300', 'regulated-5000'] as const;
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
// Each profile is written once per language: job titles are free text, in the charter's language.
const answers = new Map<string, Answers>();
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
  for (const profile of PROFILES) {
    for (const language of LANGUAGES) {
      const file = `${TEMPLATES}/social-media/profiles/${profile}.${language}.yaml`;
      answers.set(`${profile}.${language}`, await readProfile(file));
    }
  }
});

function project(profile: string, language: Language): Project {
  return createProject({
    template,
    language,
    answers: answers.get(`${profile}.${language}`) ?? {},
    id: profile,
    now: '2025-04-01T09:00:00.000Z',
  });
}

/** The answers with the contacts' job titles left out: the only words written per language. */
function withoutRoles(profileAnswers: Answers): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(profileAnswers).map(([id, value]) => [
      id,
      Array.isArray(value)
        ? value.map((item) => (typeof item === 'string' ? item : { ...item, role: undefined }))
        : value,
    ]),
  );
}

function clauseIds(charter: Project): string[] {
  return charter.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
}

describe.each(PROFILES)('the %s profile', (profile) => {
  it.each(LANGUAGES)('reads as a finished charter in %s', async (language) => {
    const charter = project(profile, language);
    const text = `# ${charter.meta.title}\n\n${charterText(charter.sections)}\n`;
    expect(text).not.toMatch(/\{\{|\}\}|\[à compléter|\[to complete/);
    await expect(text).toMatchFileSnapshot(`__snapshots__/social-media/${profile}.${language}.txt`);
  });

  it('answers only questions of the template', () => {
    const ids = new Set(template.pages.flatMap((page) => page.questions.map(({ id }) => id)));
    for (const language of LANGUAGES) {
      for (const id of Object.keys(answers.get(`${profile}.${language}`) ?? {})) {
        expect(ids).toContain(id);
      }
    }
  });

  it('describes the same company in each language, but for the words a reader sees', () => {
    const [french, english] = LANGUAGES.map((language) =>
      withoutRoles(answers.get(`${profile}.${language}`) ?? {}),
    );
    expect(english).toEqual(french);
  });
});

describe('what each profile turns on', () => {
  it('gives the 12-person agency a light, stand-alone charter', () => {
    const ids = clauseIds(project('agency-12', 'fr'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'advocacy.informal',
        'monitoring.none',
        'sanctions.none',
        'adoption.route.standalone',
        'adoption.cse.information',
        'adoption.immediate',
        'worktime.free',
      ]),
    );
    for (const id of ['advocacy.voluntary', 'monitoring.tools', 'adoption.formalities']) {
      expect(ids).not.toContain(id);
    }
  });

  it('sends the 12-person agency to its management, not to departments it does not have', () => {
    for (const language of LANGUAGES) {
      const text = charterText(project('agency-12', language).sections);
      expect(text).not.toMatch(/service informatique|ressources humaines|IT department|human res/);
      expect(text).toMatch(/la direction|management/);
    }
  });

  it('says the watch of public posts may see what mentions the bank, as its monitoring does', () => {
    const ids = clauseIds(project('regulated-5000', 'fr'));
    expect(ids).toContain('uses.personal.listening');
    expect(ids).not.toContain('uses.personal');
  });

  it('gives the industrial company advocacy, monitoring, sanctions and the formalities', () => {
    const charter = project('industry-300', 'fr');
    expect(clauseIds(charter)).toEqual(
      expect.arrayContaining([
        'advocacy.voluntary',
        'advocacy.content',
        'monitoring.tools',
        'monitoring.cse.consulted',
        'sanctions.scale',
        'sanctions.basis.annex',
        'adoption.route.annex',
        'adoption.formalities',
        'adoption.record.cse',
        'adoption.record.publicity',
        'scope.internal-network',
      ]),
    );
    expect(charter.answers['legal.route']).toBe('reglement-interieur');
  });

  it('turns everything on for the regulated company', () => {
    const ids = clauseIds(project('regulated-5000', 'en'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'confidentiality.finance',
        'uses.professional.designated',
        'advocacy.accounts.dedicated',
        'advocacy.recognition.rewards',
        'brand.spokespersons',
        'brand.crisis.procedure',
        'reporting.whistleblowing',
        'security.travel',
        'conduct.examples',
        'privacy.examples',
        'adoption.record.inspection',
        'adoption.record.court',
      ]),
    );
  });

  it('keeps the generated text and rationale of each clause in the project', () => {
    const charter = project('regulated-5000', 'fr');
    for (const clause of charter.sections.flatMap((section) => section.clauses)) {
      expect(clause.generated).toEqual(clause.body);
    }
    const restrictive = charter.sections
      .flatMap((section) => section.clauses)
      .filter((clause) => clause.rationale !== undefined)
      .map((clause) => clause.id);
    expect(restrictive).toEqual(
      expect.arrayContaining([
        'worktime.reasonable',
        'worktime.devices.own',
        'confidentiality.information',
        'monitoring.tools',
      ]),
    );
  });
});
