import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, Answers, Contact } from '../model/answers';
import type { Section } from '../model/clause';
import type { Language } from '../model/language';
import { generateSections } from './generate-sections';
import { loadTemplate } from './load-template';
import { resolveAnswers } from './resolve-answers';
import { templateClauses, templateQuestions, type Template } from './template';
import { charterText } from './test-support/charter-text';
import { visibleQuestionIds } from './visible-questions';
import { wizardPages } from './wizard-pages';

// The shipped template, read from templates/ exactly as the app and the CLI read it.
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
});

const LEA: Contact = { name: 'Léa Martin', role: 'DPO', email: 'lea@dupre.fr' };
const MAX: Contact = { name: 'Max Roy', phone: '+33 6 00 00 00 00' };

/** An answer set in which every question can show: programme, tools and crisis procedure on. */
const BASE: Answers = {
  'company.name': 'Dupré & Fils',
  'advocacy.programme': true,
  'monitoring.tools': ['logs'],
  'crisis.procedure': true,
  'crisis.contact': [MAX],
};

/** Every option of `company.sector`: each has its own sentence (clause `intro.sector.<option>`). */
const SECTORS = [
  'industry',
  'construction',
  'retail',
  'hospitality',
  'services',
  'finance',
  'health',
  'technology',
  'media',
  'nonprofit',
];

/**
 * For each question, other answers that must each change the charter's wording, and the answers
 * they are tried on when BASE does not show the question's effect.
 */
const CHANGES: Record<string, { values: AnswerValue[]; base?: Answers }> = {
  'company.name': { values: ['Ligne Bleue SAS'] },
  'company.headcount': { values: [1200, 12] },
  'company.sector': { values: SECTORS },
  'company.country': { values: ['Belgique'] },
  'company.sites': { values: ['Lyon, Annecy'] },
  'uses.personal': { values: ['forbidden', 'reasonable', 'free'] },
  'training.actions': { values: [[], ['workshops', 'elearning']] },
  'drafting.employees': {
    values: ['working-group', 'survey'],
    base: { ...BASE, 'company.headcount': 12 },
  },
  'sanctions.included': { values: [false] },
  'sanctions.scale': { values: [['warning', 'dismissal']] },
  'review.cadence': { values: ['every-two-years', 'every-three-years'] },
  'communication.platforms': { values: [['x'], ['linkedin', 'internal'], ['instagram']] },
  'official.managers': { values: [[LEA]] },
  'uses.professional': { values: ['encouraged', 'designated'] },
  'media.spokespersons': { values: [[LEA], [LEA, MAX]] },
  'media.contact': { values: [[LEA]] },
  'crisis.procedure': { values: [false] },
  'crisis.contact': { values: [[LEA]] },
  'advocacy.programme': { values: [false] },
  'advocacy.content': { values: [false] },
  'advocacy.recognition': { values: ['rewards', 'none'] },
  'advocacy.dedicatedAccounts': { values: [true] },
  'devices.personalUse': { values: [false] },
  'monitoring.tools': { values: [[], ['filtering', 'dlp'], ['listening']] },
  'monitoring.purposes': { values: [['leaks', 'compliance']] },
  'monitoring.retentionMonths': { values: [3] },
  'monitoring.cseConsulted': { values: [false] },
  'reporting.contacts': { values: [[LEA]] },
  'legal.route': { values: ['note-de-service', 'standalone'] },
  'legal.cse': { values: [false] },
  'legal.cseRole': {
    values: ['information'],
    base: { ...BASE, 'legal.route': 'standalone', 'sanctions.included': false },
  },
  'formalities.cseOpinionDate': { values: ['2025-03-04'] },
  'formalities.inspectionSentDate': { values: ['2025-03-10'] },
  'formalities.courtFiledDate': { values: ['2025-03-11'] },
  'formalities.publicityDate': { values: ['2025-03-12'] },
  'formalities.effectiveDate': { values: ['2025-05-01'] },
  'privacy.contact': { values: [[LEA]] },
  'reporting.whistleblowing': { values: [true] },
};

function generate(language: Language, answers: Answers): Section[] {
  return generateSections(template, language, resolveAnswers(template, answers));
}

function clauseIds(sections: Section[]): string[] {
  return sections.flatMap((section) => section.clauses.map((clause) => clause.id));
}

/** Every answer set CHANGES tries, so that checks can run on all of them. */
function variants(): Answers[] {
  return Object.entries(CHANGES).flatMap(([id, { values, base = BASE }]) => [
    base,
    ...values.map((value) => ({ ...base, [id]: value })),
  ]);
}

describe('the social-media template', () => {
  it('is version 2.1 of format 1', () => {
    expect(template.format).toBe(1);
    expect(template.version).toBe('2.1.1');
  });

  it('asks every question in CHANGES, so every answer is tested', () => {
    expect(Object.keys(CHANGES).sort()).toEqual(
      templateQuestions(template)
        .map((question) => question.id)
        .sort(),
    );
  });

  it('groups its pages by role, and each question belongs to its page’s role', () => {
    const pages = wizardPages(template, 'fr');
    expect(new Set(pages.map((page) => page.owner))).toEqual(
      new Set(['hr', 'communication', 'it', 'legal']),
    );
    for (const page of pages) {
      for (const question of page.questions) expect(question.owner).toBe(page.owner);
    }
  });

  it.each(LANGUAGES)('explains in %s why every question matters', (language) => {
    for (const question of wizardPages(template, language).flatMap((page) => page.questions)) {
      expect(question.label.length, question.id).toBeGreaterThan(3);
      expect(question.help?.length ?? 0, question.id).toBeGreaterThan(40);
    }
  });

  it('asks for whole numbers where the charter counts people or months', () => {
    const wholeNumbers = templateQuestions(template)
      .filter((question) => question.integer)
      .map((question) => question.id);
    expect(wholeNumbers).toEqual(['company.headcount', 'monitoring.retentionMonths']);
  });

  it('records the formalities as dates owned by legal, with the ids the formalities use', () => {
    const questions = new Map(
      templateQuestions(template).map((question) => [question.id, question]),
    );
    expect(questions.get('legal.route')?.options).toEqual([
      'reglement-interieur',
      'note-de-service',
      'standalone',
    ]);
    expect(questions.get('sanctions.included')?.type).toBe('boolean');
    const dates = [
      'formalities.cseOpinionDate',
      'formalities.inspectionSentDate',
      'formalities.courtFiledDate',
      'formalities.publicityDate',
    ];
    for (const id of dates) {
      expect(questions.get(id)).toMatchObject({ type: 'date', owner: 'legal' });
    }
    const shown = (answers: Answers): boolean => {
      const visible = visibleQuestionIds(template.pages, { 'company.name': 'A', ...answers });
      const all = dates.map((id) => visible.has(id));
      expect(new Set(all).size).toBe(1);
      return all[0] ?? false;
    };
    expect(shown({ 'legal.route': 'reglement-interieur', 'sanctions.included': false })).toBe(true);
    expect(shown({ 'legal.route': 'note-de-service', 'company.headcount': 10 })).toBe(true);
    const standalone = { 'legal.route': 'standalone' };
    expect(shown({ ...standalone, 'sanctions.included': true, 'company.headcount': 50 })).toBe(
      true,
    );
    expect(shown({ ...standalone, 'sanctions.included': true, 'company.headcount': 49 })).toBe(
      false,
    );
    expect(shown({ ...standalone, 'sanctions.included': false, 'company.headcount': 500 })).toBe(
      false,
    );
  });

  it('needs only the company name: every other question has a default or stays hidden', () => {
    for (const language of LANGUAGES) {
      const text = charterText(generate(language, { 'company.name': 'Acme' }));
      expect(text).toContain('Acme');
      expect(text).not.toMatch(/\{\{|\}\}|\[à compléter|\[to complete/);
      // No headcount is guessed: the charter addresses all employees without a number.
      expect(text).not.toMatch(/\d+ (salariés|employees)/);
    }
  });

  describe.each(LANGUAGES)('in %s, every answer visibly changes the text', (language) => {
    it.each(Object.entries(CHANGES))('%s', (id, { values, base = BASE }) => {
      const before = charterText(generate(language, base));
      for (const value of values) {
        expect(charterText(generate(language, { ...base, [id]: value })), String(value)).not.toBe(
          before,
        );
      }
    });
  });

  it.each(LANGUAGES)('never leaves a variable or a placeholder, in %s', (language) => {
    for (const answers of variants()) {
      expect(charterText(generate(language, answers))).not.toMatch(
        /\{\{|\}\}|\[à compléter|\[to complete/,
      );
    }
  });

  it('reaches every clause with some answers', () => {
    const reached = new Set<string>();
    const extra: Answers[] = [
      {
        ...BASE,
        'legal.route': 'standalone',
        'sanctions.included': true,
        'company.headcount': 20,
      },
      { ...BASE, 'legal.route': 'standalone', 'sanctions.included': true },
      {
        ...BASE,
        'legal.route': 'standalone',
        'sanctions.included': true,
        'company.headcount': 300,
      },
      { ...BASE, 'company.headcount': 12, 'training.actions': [] },
      { ...BASE, 'drafting.employees': 'working-group' },
    ];
    for (const answers of [...variants(), ...extra]) {
      clauseIds(generate('fr', answers)).forEach((id) => reached.add(id));
    }
    const all = templateClauses(template).map(({ clause }) => clause.id);
    expect([...reached].sort()).toEqual([...all].sort());
  });

  it('gives every restrictive clause its rationale, in every language', () => {
    const restrictive = templateClauses(template)
      .filter(({ clause }) => clause.restrictive)
      .map(({ clause }) => clause.id);
    expect(restrictive.length).toBeGreaterThanOrEqual(8);
    for (const language of LANGUAGES) {
      for (const answers of variants()) {
        for (const clause of generate(language, answers).flatMap((section) => section.clauses)) {
          expect(clause.rationale !== undefined, clause.id).toBe(restrictive.includes(clause.id));
        }
      }
    }
  });

  it('lets the author switch off its optional clauses, which are on by default', () => {
    const optional = templateClauses(template)
      .filter(({ clause }) => clause.optional)
      .map(({ clause }) => clause.id);
    expect(optional).toEqual(['security.travel', 'conduct.examples', 'privacy.examples']);
    const resolved = resolveAnswers(template, BASE);
    expect(clauseIds(generateSections(template, 'fr', resolved))).toEqual(
      expect.arrayContaining(optional),
    );
    const off = clauseIds(
      generateSections(template, 'fr', resolved, { disabledClauses: optional }),
    );
    for (const id of optional) expect(off).not.toContain(id);
  });

  describe('never contradicts itself', () => {
    /** Clause families of which a charter holds exactly one (or, for some, at most one). */
    const ONE_OF: string[][] = [
      ['worktime.forbidden', 'worktime.breaks', 'worktime.reasonable', 'worktime.free'],
      ['worktime.devices.allowed', 'worktime.devices.own'],
      ['scope.people', 'scope.people.unnumbered'],
      ['scope.sites', 'scope.country'],
      ['uses.personal', 'uses.personal.listening'],
      ['security.accounts', 'security.accounts.small-company'],
      ['conduct.courtesy', 'conduct.courtesy.small-company'],
      ['uses.official.managers', 'uses.official.designated'],
      ['uses.professional.encouraged', 'uses.professional.allowed', 'uses.professional.designated'],
      ['brand.media.contact', 'brand.media.spokespersons', 'brand.media.management'],
      ['brand.crisis.procedure', 'brand.crisis.general'],
      ['advocacy.informal', 'advocacy.voluntary'],
      ['monitoring.none', 'monitoring.tools'],
      ['privacy.rights.contact', 'privacy.rights.hr', 'privacy.rights.small-company'],
      ['training.actions', 'training.document', 'training.document.small-company'],
      ['training.questions', 'training.questions.small-company'],
      ['reporting.contacts', 'reporting.general', 'reporting.general.small-company'],
      [
        'intro.drafting.review',
        'intro.drafting.working-group',
        'intro.drafting.working-group.small-company',
        'intro.drafting.survey',
      ],
      ['sanctions.none', 'sanctions.principles'],
      ['adoption.route.annex', 'adoption.route.note', 'adoption.route.standalone'],
      ['adoption.cse.opinion', 'adoption.cse.information', 'adoption.cse.none'],
      ['adoption.formalities', 'adoption.immediate'],
      ['adoption.review', 'adoption.review.small-company'],
    ];
    const AT_MOST_ONE: string[][] = [
      ['advocacy.content', 'advocacy.own-words'],
      [
        'advocacy.recognition.highlight',
        'advocacy.recognition.rewards',
        'advocacy.recognition.none',
      ],
      ['advocacy.accounts.dedicated', 'advocacy.accounts.personal'],
      ['monitoring.cse.consulted', 'monitoring.cse.pending', 'monitoring.no-cse'],
      [
        'sanctions.basis.annex',
        'sanctions.basis.note',
        'sanctions.basis.standalone-large',
        'sanctions.basis.standalone-small',
        'sanctions.basis.standalone',
      ],
      SECTORS.map((sector) => `intro.sector.${sector}`),
    ];

    /** Routes, sizes, sanctions, CSE and uses, in every combination. */
    function combinations(): Answers[] {
      const answers: Answers[] = [];
      for (const route of ['reglement-interieur', 'note-de-service', 'standalone']) {
        for (const headcount of [12, 300, null]) {
          for (const sanctions of [true, false]) {
            for (const cse of [true, false]) {
              for (const cseRole of ['opinion', 'information']) {
                for (const personal of ['forbidden', 'breaks', 'reasonable', 'free']) {
                  answers.push({
                    ...BASE,
                    'legal.route': route,
                    'company.headcount': headcount,
                    'sanctions.included': sanctions,
                    'legal.cse': cse,
                    'legal.cseRole': cseRole,
                    'uses.personal': personal,
                    'devices.personalUse': personal !== 'free',
                  });
                }
              }
            }
          }
        }
      }
      return [...answers, ...variants()];
    }

    it('holds one clause of each family, and follows the formalities rule', () => {
      for (const given of combinations()) {
        const answers = resolveAnswers(template, given);
        const ids = new Set(clauseIds(generateSections(template, 'fr', answers)));
        const count = (family: string[]) => family.filter((id) => ids.has(id)).length;
        for (const family of ONE_OF) expect(count(family), family.join(' | ')).toBe(1);
        for (const family of AT_MOST_ONE) expect(count(family)).toBeLessThanOrEqual(1);
        expect(ids.has('sanctions.scale')).toBe(answers['sanctions.included']);
        const route = answers['legal.route'];
        const formalities =
          route !== 'standalone' ||
          (answers['sanctions.included'] === true && Number(answers['company.headcount']) >= 50);
        expect(ids.has('adoption.formalities')).toBe(formalities);
        if (answers['legal.route'] === 'standalone' && !formalities) {
          expect(ids.has('adoption.cse.information')).toBe(
            answers['legal.cse'] === true && answers['legal.cseRole'] === 'information',
          );
        } else {
          expect(ids.has('adoption.cse.information')).toBe(false);
        }
      }
    });

    it('leaves breaks free whatever the rule for working time', () => {
      for (const personal of ['forbidden', 'breaks', 'reasonable', 'free']) {
        const fr = charterText(generate('fr', { ...BASE, 'uses.personal': personal }));
        expect(fr).not.toMatch(/pauses[^.]*(interdit|n’est pas autorisé)/);
        const en = charterText(generate('en', { ...BASE, 'uses.personal': personal }));
        expect(en).not.toMatch(/breaks[^.]*not allowed/);
      }
    });

    it('says a CSE opinion is asked only where the company has a CSE', () => {
      const noCse = charterText(generate('fr', { ...BASE, 'legal.cse': false }));
      expect(noCse).not.toContain('avis du comité social');
      expect(noCse).toContain('n’ayant pas de comité social et économique');
      const record = { ...BASE, 'legal.cse': false, 'formalities.cseOpinionDate': '2025-03-04' };
      expect(clauseIds(generate('fr', record))).not.toContain('adoption.record.cse');
    });
  });

  it('writes answers the way each language reads them', () => {
    const answers: Answers = {
      ...BASE,
      'company.headcount': 1200,
      'monitoring.retentionMonths': 4,
      'formalities.cseOpinionDate': '2025-03-01',
      'media.contact': [LEA, MAX],
      'communication.platforms': ['x', 'linkedin'],
    };
    const fr = charterText(generate('fr', answers));
    expect(fr).toContain('nos 1\u202f200 salariés');
    expect(fr).toContain('conservées 4 mois au plus');
    expect(fr).toContain('a rendu son avis le 1er mars 2025.');
    expect(fr).toContain('orientez-le vers Léa Martin (DPO, lea@dupre.fr) et Max Roy (+33 6');
    expect(fr).toContain('Nous sommes présents sur LinkedIn et X (ex-Twitter).');
    const en = charterText(generate('en', answers));
    expect(en).toContain('our 1,200 employees');
    expect(en).toContain('gave its opinion on 1 March 2025.');
    expect(en).toContain('refer them to Léa Martin (DPO, lea@dupre.fr) and Max Roy (+33 6');
  });
});
