import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../model/answers';
import type { Section } from '../model/clause';
import type { Language } from '../model/language';
import { generateSections } from './generate-sections';
import { loadTemplate } from './load-template';
import { resolveAnswers } from './resolve-answers';
import { templateQuestions, type Template } from './template';
import { textsOf } from './template-variables';
import { wizardPages } from './wizard-pages';

// The shipped template, read from templates/ exactly as the app and the CLI read it.
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
});

/** Defaults plus a company name, with monitoring on so that every question shows in the text. */
const BASE: Answers = { 'company.name': 'Dupré & Fils', 'monitoring.tools': true };

/** For each question, another answer that must change the charter's wording. */
const CHANGES: Record<string, AnswerValue[]> = {
  'company.name': ['Ligne Bleue SAS'],
  'company.headcount': [1200, 12],
  'company.sector': ['industrie pharmaceutique'],
  'uses.personal': ['forbidden', 'reasonable', 'free'],
  'media.spokesperson': ['le service presse (presse@example.fr)'],
  'advocacy.programme': [true],
  'monitoring.tools': [false],
  'monitoring.retentionMonths': [3],
  'sanctions.included': [false],
};

function charterText(language: Language, answers: Answers): string {
  return generateSections(template, language, resolveAnswers(template, answers))
    .map((section) =>
      [
        section.title,
        ...section.clauses.map(
          (clause) => `${clause.title ?? ''}\n${textsOf(clause.body).join('')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

function clauseIds(sections: Section[]): string[] {
  return sections.flatMap((section) => section.clauses.map((clause) => clause.id));
}

describe('the social-media template', () => {
  it('has the questions the wizard and the CLI rely on', () => {
    expect(templateQuestions(template).map((question) => [question.id, question.type])).toEqual([
      ['company.name', 'text'],
      ['company.headcount', 'number'],
      ['company.sector', 'text'],
      ['uses.personal', 'choice'],
      ['media.spokesperson', 'text'],
      ['advocacy.programme', 'boolean'],
      ['monitoring.tools', 'boolean'],
      ['monitoring.retentionMonths', 'number'],
      ['sanctions.included', 'boolean'],
    ]);
    expect(Object.keys(CHANGES)).toEqual(
      templateQuestions(template).map((question) => question.id),
    );
  });

  it('asks for whole numbers where the charter counts people or months', () => {
    const wholeNumbers = templateQuestions(template)
      .filter((question) => question.integer)
      .map((question) => question.id);
    expect(wholeNumbers).toEqual(['company.headcount', 'monitoring.retentionMonths']);
  });

  it.each(LANGUAGES)('reads in %s: pages, labels and a complete charter', (language) => {
    const pages = wizardPages(template, language);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const question of pages.flatMap((page) => page.questions)) {
      expect(question.label.length).toBeGreaterThan(3);
      expect(question.owner).toBeDefined();
    }
    const sections = generateSections(
      template,
      language,
      resolveAnswers(template, { 'company.name': 'Acme' }),
    );
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(clauseIds(sections).length).toBeGreaterThanOrEqual(12);
    const text = charterText(language, { 'company.name': 'Acme' });
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('Acme');
  });

  it('can reach every clause with some answers', () => {
    const reached = new Set<string>();
    const variants: Answers[] = [
      { 'company.name': 'A' },
      {
        'company.name': 'A',
        'company.headcount': 10,
        'company.sector': 'banque',
        'advocacy.programme': true,
      },
      {
        'company.name': 'A',
        'company.headcount': 10,
        'monitoring.tools': true,
        'sanctions.included': false,
      },
      ...['forbidden', 'reasonable', 'free'].map((use) => ({
        'company.name': 'A',
        'uses.personal': use,
      })),
    ];
    for (const answers of variants) {
      clauseIds(generateSections(template, 'fr', resolveAnswers(template, answers))).forEach((id) =>
        reached.add(id),
      );
    }
    const all = template.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
    expect([...reached].sort()).toEqual([...all].sort());
  });

  describe.each(LANGUAGES)('in %s, every answer visibly changes the text', (language) => {
    it.each(Object.entries(CHANGES))('%s', (id, values) => {
      const base = charterText(language, BASE);
      for (const value of values)
        expect(charterText(language, { ...BASE, [id]: value })).not.toBe(base);
    });
  });

  it('fills the company, its size and the retention period into the French text', () => {
    const text = charterText('fr', {
      ...BASE,
      'company.headcount': 1200,
      'monitoring.retentionMonths': 4,
    });
    expect(text).toContain('chez Dupré & Fils : on y');
    expect(text).toContain('Avec un effectif de 1\u202f200 salariés');
    expect(text).toContain('conservées 4 mois au plus');
    expect(text).toContain('règlement intérieur');
    expect(text).toContain('comité social et économique (CSE)');
  });

  it('asks for the media contact with a visible placeholder until it is given', () => {
    expect(charterText('fr', BASE)).toContain('[à compléter\u00a0: Contact pour les médias]');
    expect(charterText('en', BASE)).toContain('[to complete: Media contact]');
    const given = charterText('en', { ...BASE, 'media.spokesperson': 'the press office' });
    expect(given).toContain('refer them to the press office.');
    expect(given).not.toContain('[to complete');
  });

  it('annexes the charter to the internal rules from 50 employees only', () => {
    const annexed = clauseIds(
      generateSections(
        template,
        'fr',
        resolveAnswers(template, { ...BASE, 'company.headcount': 50 }),
      ),
    );
    expect(annexed).toContain('adoption.annex');
    expect(annexed).not.toContain('adoption.small-company');
    const small = clauseIds(
      generateSections(
        template,
        'fr',
        resolveAnswers(template, { ...BASE, 'company.headcount': 49 }),
      ),
    );
    expect(small).toEqual(
      expect.arrayContaining(['adoption.small-company', 'adoption.small-company-sanctions']),
    );
    expect(small).not.toContain('adoption.annex');
  });

  it('hides the retention question unless monitoring tools are used', () => {
    const question = wizardPages(template, 'fr')
      .flatMap((page) => page.questions)
      .find((candidate) => candidate.id === 'monitoring.retentionMonths');
    expect(question?.visibleWhen).toBe('monitoring.tools');
  });
});
