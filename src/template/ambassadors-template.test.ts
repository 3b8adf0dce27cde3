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

// The second shipped template, read from templates/ exactly as the app and the CLI read it.
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const LANGUAGES: Language[] = ['fr', 'en'];

let template: Template;
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'ambassadors');
});

/** Defaults plus a company name, with the platform on so that every question shows in the text. */
const BASE: Answers = { 'company.name': 'Dupré & Fils', 'platform.used': true };

/** Every question answered: the guide must read as finished. */
const FULL: Answers = {
  'company.name': 'Dupré & Fils',
  'company.headcount': 320,
  'content.contact': 'l’équipe communication (ambassadeurs@dupre.fr)',
  'training.format': 'online',
  'disclosure.hashtag': '#JeTravailleChezDupré',
  'recognition.type': 'events',
  'platform.used': true,
  'platform.name': 'Dupré Ambassadeurs',
  'platform.retentionMonths': 12,
};

/** For each question, other answers that must change the guide's wording. */
const CHANGES: Record<string, AnswerValue[]> = {
  'company.name': ['Ligne Bleue SAS'],
  'company.headcount': [8, 20],
  'content.contact': ['la communication (ambassadeurs@example.fr)'],
  'training.format': ['online', 'on-request'],
  'disclosure.hashtag': ['#JeTravailleChezNous'],
  'recognition.type': ['events', 'none'],
  'platform.used': [false],
  'platform.name': ['Ambassadeurs Ligne Bleue'],
  'platform.retentionMonths': [6],
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

describe('the ambassadors template', () => {
  it('has its own questions besides the two every template has', () => {
    expect(templateQuestions(template).map((question) => [question.id, question.type])).toEqual([
      ['company.name', 'text'],
      ['company.headcount', 'number'],
      ['content.contact', 'text'],
      ['training.format', 'choice'],
      ['disclosure.hashtag', 'text'],
      ['recognition.type', 'choice'],
      ['platform.used', 'boolean'],
      ['platform.name', 'text'],
      ['platform.retentionMonths', 'number'],
    ]);
    expect(Object.keys(CHANGES)).toEqual(
      templateQuestions(template).map((question) => question.id),
    );
    expect(Object.keys(FULL)).toEqual(Object.keys(CHANGES));
  });

  it('asks for whole numbers where the guide counts people or months', () => {
    const wholeNumbers = templateQuestions(template)
      .filter((question) => question.integer)
      .map((question) => question.id);
    expect(wholeNumbers).toEqual(['company.headcount', 'platform.retentionMonths']);
  });

  it('involves every team: HR, communication, IT and legal', () => {
    const owners = new Set([
      ...templateQuestions(template).map((question) => question.owner),
      ...template.sections.flatMap((section) => [
        section.owner,
        ...section.clauses.map((clause) => clause.owner ?? section.owner),
      ]),
    ]);
    expect([...owners].sort()).toEqual(['communication', 'hr', 'it', 'legal']);
  });

  it.each(LANGUAGES)('reads in %s: pages, labels and a guide', (language) => {
    const pages = wizardPages(template, language);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(3);
    for (const question of pages.flatMap((page) => page.questions)) {
      expect(question.label.length).toBeGreaterThan(3);
      expect(question.owner).toBeDefined();
    }
    const sections = generateSections(
      template,
      language,
      resolveAnswers(template, { 'company.name': 'Acme' }),
    );
    expect(sections.length).toBeGreaterThanOrEqual(6);
    const text = charterText(language, { 'company.name': 'Acme' });
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('Acme');
  });

  it.each(LANGUAGES)('reads as finished in %s with every question answered', (language) => {
    const text = charterText(language, FULL);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toContain('[à compléter');
    expect(text).not.toContain('[to complete');
    for (const value of ['Dupré & Fils', '#JeTravailleChezDupré', 'Dupré Ambassadeurs'])
      expect(text).toContain(value);
    expect(text).toContain(String(FULL['content.contact']));
  });

  it('can reach every clause with some answers', () => {
    const reached = new Set<string>();
    const variants: Answers[] = [
      { 'company.name': 'A' },
      { ...FULL, 'training.format': 'workshop', 'recognition.type': 'thanks' },
      {
        'company.name': 'A',
        'company.headcount': 6,
        'training.format': 'on-request',
        'recognition.type': 'none',
        'disclosure.hashtag': '#A',
      },
      FULL,
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

  it('fills the answers into the French text', () => {
    const text = charterText('fr', FULL);
    expect(text).toContain('ambassadeurs de Dupré & Fils vous propose');
    expect(text).toContain('la mention #JeTravailleChezDupré');
    expect(text).toContain('créez votre compte sur Dupré Ambassadeurs');
    expect(text).toContain('12 mois au plus');
    expect(text).toContain('consulté avant sa mise en service');
    const small = charterText('fr', { ...FULL, 'company.headcount': 8 });
    expect(small).toContain('Dans une équipe de 8 personnes');
    expect(small).not.toContain('comité social et économique');
  });

  it('asks for the content contact with a visible placeholder until it is given', () => {
    expect(charterText('fr', BASE)).toContain('[à compléter\u00a0: Contact de l’équipe contenus]');
    expect(charterText('en', BASE)).toContain('[to complete: Content team contact]');
  });

  it('asks for a mention in plain words when there is no shared hashtag', () => {
    const words = clauseIds(generateSections(template, 'en', resolveAnswers(template, BASE)));
    expect(words).toContain('sharing.disclosure-words');
    expect(words).not.toContain('sharing.disclosure-hashtag');
    const tagged = clauseIds(generateSections(template, 'en', resolveAnswers(template, FULL)));
    expect(tagged).toEqual(
      expect.arrayContaining(['sharing.disclosure', 'sharing.disclosure-hashtag']),
    );
    expect(tagged).not.toContain('sharing.disclosure-words');
  });

  it('tells what the platform collects only when there is one, and never pays per post', () => {
    const without = charterText('en', { 'company.name': 'Acme' });
    expect(without).toContain('No tool tracks your shares');
    expect(without).not.toContain('months at most');
    expect(without).toContain('never paid per post');
    const withPlatform = charterText('en', FULL);
    expect(withPlatform).toContain('12 months at most');
    expect(withPlatform).toContain('access your data');
  });

  it('hides the platform details unless a platform is used', () => {
    const hidden = wizardPages(template, 'fr')
      .flatMap((page) => page.questions)
      .filter((question) => question.visibleWhen === 'platform.used')
      .map((question) => question.id);
    expect(hidden).toEqual(['platform.name', 'platform.retentionMonths']);
  });

  it.each(LANGUAGES)('keeps markup in answers as literal text in %s', (language) => {
    const answers = { ...FULL, 'company.name': '<script>alert(1)</script> **SA**' };
    const sections = generateSections(template, language, resolveAnswers(template, answers));
    const texts = sections.flatMap((section) =>
      section.clauses.flatMap((clause) => textsOf(clause.body)),
    );
    expect(texts.some((text) => text.includes('<script>alert(1)</script> **SA**'))).toBe(true);
    // The answer never becomes formatting: no text node is bold because of its asterisks.
    for (const section of sections)
      for (const clause of section.clauses)
        expect(JSON.stringify(clause.body)).not.toContain('"text":"SA"');
  });
});
