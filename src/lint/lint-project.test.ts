import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { createProject } from '../template/create-project';
import { loadTemplate } from '../template/load-template';
import type { Template } from '../template/template';
import { readProfile } from '../template/test-support/read-profile';
import { LintFinding } from './lint-finding';
import { lintProject } from './lint-project';

// Projects made as the app makes them: the shipped template and the answers of its profiles.
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const PROFILES = ['agency-12', 'industry-300', 'regulated-5000'] as const;
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
const profiles = new Map<string, Answers>();
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
  for (const name of PROFILES) {
    for (const language of LANGUAGES) {
      const file = `${TEMPLATES}/social-media/profiles/${name}.${language}.yaml`;
      profiles.set(`${name}.${language}`, await readProfile(file));
    }
  }
});

function create(
  profile: (typeof PROFILES)[number],
  changes: Answers = {},
  language: Language = 'fr',
) {
  return createProject({
    template,
    language,
    answers: { ...profiles.get(`${profile}.${language}`), ...changes },
    id: `${profile}-${language}`,
    now: '2026-03-01T09:00:00.000Z',
  });
}

/** The clause's body replaced by one paragraph, as an author editing it by hand would. */
function editBody(project: Project, clauseId: string, text: string): void {
  clauseOf(project, clauseId).body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

function clauseOf(project: Project, clauseId: string) {
  const clause = project.sections
    .flatMap((section) => section.clauses)
    .find(({ id }) => id === clauseId);
  if (!clause) throw new Error(`no clause ${clauseId}`);
  return clause;
}

const brief = (findings: LintFinding[]) =>
  findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.clauseId ?? '-'}`);

describe('lintProject on charters made from the social-media template', () => {
  it.each(PROFILES.flatMap((profile) => LANGUAGES.map((language) => [profile, language] as const)))(
    'finds nothing wrong with the %s profile in %s',
    (profile, language) => {
      const findings = lintProject(create(profile, {}, language));
      expect(brief(findings)).toEqual([]);
    },
  );

  it('gives valid findings that name their clause and say what to do', () => {
    const project = create('industry-300', {
      'uses.personal': 'forbidden',
      'formalities.publicityDate': null,
    });
    delete clauseOf(project, 'worktime.forbidden').rationale;
    const findings = lintProject(project);
    expect(brief(findings)).toEqual([
      'error absolute-ban worktime.forbidden',
      'warning formalities-incomplete adoption.formalities',
    ]);
    for (const finding of findings) {
      expect(LintFinding.parse(finding)).toEqual(finding);
      expect(finding.message).toContain(`"${finding.clauseId}"`);
    }
  });

  it('flags restrictive clauses whose rationale was emptied', () => {
    const project = create('regulated-5000');
    const restrictive = project.sections
      .flatMap((section) => section.clauses)
      .filter((clause) => clause.rationale !== undefined);
    expect(restrictive.length).toBeGreaterThan(0);
    for (const clause of restrictive) clause.rationale = '';
    expect(
      lintProject(project)
        .filter((finding) => finding.rule === 'restriction-without-rationale')
        .map((finding) => finding.clauseId),
    ).toEqual(restrictive.map((clause) => clause.id));
  });

  it('flags monitoring whose clause lost its retention, and sanctions without graduation', () => {
    const project = create('industry-300');
    const monitoring = clauseOf(project, 'monitoring.tools');
    monitoring.body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Nous utilisons des outils de filtrage afin de protéger le réseau.',
            },
          ],
        },
      ],
    };
    project.answers['sanctions.scale'] = ['dismissal'];
    expect(brief(lintProject(project))).toEqual([
      'error monitoring-without-purpose-or-retention monitoring.tools',
      'error sanctions-without-graduation sanctions.scale',
    ]);
  });

  it('judges hand-edited clauses by their text, not by the template’s rationale or other clauses', () => {
    const project = create('industry-300');
    editBody(
      project,
      'conduct.controversial',
      'Il est interdit de parler de politique ou de religion sur les réseaux sociaux.',
    );
    editBody(
      project,
      'sanctions.scale',
      'Tout manquement à la charte entraîne un licenciement pour faute grave.',
    );
    expect(brief(lintProject(project))).toEqual([
      'error absolute-ban conduct.controversial',
      'error sanctions-without-graduation sanctions.scale',
    ]);
  });

  it('flags a chosen entry into force before the earliest legal date, and a missing CSE', () => {
    const project = create('industry-300', {
      'formalities.effectiveDate': '2025-04-01',
      'legal.cse': false,
    });
    expect(brief(lintProject(project))).toEqual([
      'error effective-date-too-early adoption.effective-date',
      'warning cse-missing adoption.formalities',
    ]);
  });

  it('flags missing contacts and formalities done in the wrong order', () => {
    const project = create('industry-300', {
      'media.contact': [],
      'media.spokespersons': [],
      'reporting.contacts': [],
      'formalities.courtFiledDate': '2025-03-01',
    });
    project.answers['crisis.contact'] = [];
    expect(brief(lintProject(project))).toEqual([
      'warning missing-contacts brand.media.management',
      'error missing-contacts brand.crisis.procedure',
      'warning missing-contacts reporting.general',
      'error formalities-incomplete adoption.formalities',
    ]);
  });

  it('warns that a fresh annexed charter still has its formalities to do, an error once published', () => {
    const project = create('industry-300', {
      'formalities.cseOpinionDate': null,
      'formalities.inspectionSentDate': null,
      'formalities.courtFiledDate': null,
      'formalities.publicityDate': null,
    });
    expect(brief(lintProject(project))).toEqual([
      'warning formalities-incomplete adoption.formalities',
    ]);
    project.meta.status = 'published';
    expect(brief(lintProject(project))).toEqual([
      'error formalities-incomplete adoption.formalities',
    ]);
  });
});
