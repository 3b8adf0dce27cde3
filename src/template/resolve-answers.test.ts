import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import type { Answers } from '../model/answers';
import { loadTemplate } from './load-template';
import { resolveAnswers } from './resolve-answers';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { visibleQuestionIds } from './visible-questions';
import { wizardPages } from './wizard-pages';

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

let dir: string;
let mini: Template;
let socialMedia: Template;
beforeAll(async () => {
  dir = await writeTemplateFolder(fixtureFiles());
  mini = await loadTemplate(dir, 'mini');
  socialMedia = await loadTemplate(TEMPLATES, 'social-media');
});
afterAll(() => removeTemplateFolder(dir));

function resolveError(template: Template, answers: Answers): CharterError {
  try {
    resolveAnswers(template, answers);
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('the answers resolved without error');
}

describe('resolveAnswers', () => {
  it('fills defaults and sets every unanswered question to null, in template order', () => {
    const resolved = resolveAnswers(socialMedia, { 'company.name': 'Acme' });
    expect(Object.keys(resolved)).toEqual(
      socialMedia.pages.flatMap((page) => page.questions.map((question) => question.id)),
    );
    expect(resolved).toMatchObject({
      'company.name': 'Acme',
      'company.headcount': null,
      'company.sector': null,
      'company.country': 'France',
      'uses.personal': 'breaks',
      'media.contact': null,
      'advocacy.programme': false,
      'monitoring.tools': [],
      'monitoring.retentionMonths': 6,
      'sanctions.included': true,
      'formalities.cseOpinionDate': null,
    });
  });

  it('keeps given answers over defaults, including false and 0-like values', () => {
    const resolved = resolveAnswers(socialMedia, {
      'company.name': 'Acme',
      'company.headcount': 1,
      'sanctions.included': false,
      'uses.personal': 'free',
    });
    expect(resolved).toMatchObject({
      'company.headcount': 1,
      'sanctions.included': false,
      'uses.personal': 'free',
    });
  });

  it('is idempotent', () => {
    const once = resolveAnswers(socialMedia, {
      'company.name': 'Acme',
      'company.sector': 'finance',
      'media.contact': [{ name: 'Léa', email: 'lea@acme.fr' }],
    });
    expect(resolveAnswers(socialMedia, once)).toEqual(once);
  });

  it('treats blank text and null as unanswered', () => {
    expect(
      resolveAnswers(socialMedia, {
        'company.name': 'Acme',
        'company.sector': '   ',
        'company.country': null,
        'company.headcount': null,
      }),
    ).toMatchObject({
      'company.sector': null,
      'company.country': 'France',
      'company.headcount': null,
    });
  });

  it('names the question and its label when a required answer is missing', () => {
    const incomplete: Answers[] = [
      {},
      { 'company.name': '' },
      { 'company.name': null },
      { 'company.name': ' \n' },
    ];
    for (const answers of incomplete) {
      const error = resolveError(socialMedia, answers);
      expect(error.code).toBe('missing-answer');
      expect(error.message).toBe(
        'The question "company.name" (Nom de l’entreprise) needs an answer.',
      );
      expect(error.details).toEqual({ question: 'company.name' });
    }
  });

  it('requires a question only while it is visible', () => {
    expect(resolveAnswers(mini, { 'company.name': 'Acme' })['advocacy_lead']).toBeNull();
    const error = resolveError(mini, { 'company.name': 'Acme', advocacy: true });
    expect(error.code).toBe('missing-answer');
    expect(error.message).toContain('"advocacy_lead" (Responsable du programme)');
    expect(
      resolveAnswers(mini, { 'company.name': 'Acme', advocacy: true, advocacy_lead: 'Léa' })[
        'advocacy_lead'
      ],
    ).toBe('Léa');
  });

  it('requires a required question exactly when the wizard shows it', () => {
    for (const advocacy of [true, false, null]) {
      const answers: Answers = { 'company.name': 'Acme', advocacy };
      const shown = visibleQuestionIds(wizardPages(mini, 'en'), answers).has('advocacy_lead');
      expect(shown).toBe(advocacy === true);
      if (shown) expect(resolveError(mini, answers).details).toEqual({ question: 'advocacy_lead' });
      else expect(resolveAnswers(mini, answers)['advocacy_lead']).toBeNull();
    }
  });

  it('refuses answers to unknown questions, naming the key', () => {
    for (const key of ['company.size', 'constructor', '__proto__', 'toString']) {
      const answers: Answers = JSON.parse(
        JSON.stringify({ 'company.name': 'Acme', [key]: 'x' }),
      ) as Answers;
      const error = resolveError(socialMedia, answers);
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(`"${key}" is not a question of the template "social-media".`);
    }
  });

  it.each<[string, Answers, string]>([
    [
      'a number below its minimum',
      { 'company.headcount': 0 },
      '"company.headcount" (Effectif) must be at least 1; got 0.',
    ],
    ['a number above its maximum', { 'company.headcount': 100001 }, 'must be at most 100000'],
    ['a number given as text', { 'company.headcount': '12' }, 'must be a number; got "12".'],
    [
      'a decimal for a whole number',
      { 'company.headcount': 120.5 },
      'The answer to the question "company.headcount" (Effectif) must be a whole number; got 120.5.',
    ],
    ['an infinite number', { 'company.headcount': Number.POSITIVE_INFINITY }, 'must be a number'],
    ['text given as a number', { notes: 12 }, '"notes" (Notes) must be a text'],
    [
      'a choice that is not an option',
      { tone: 'cold' },
      'must be one of "warm", "formal"; got "cold".',
    ],
    ['a list for a single choice', { tone: ['warm'] }, 'must be one of "warm", "formal"'],
    ['a boolean given as text', { advocacy: 'yes' }, 'must be true or false'],
    [
      'a single value for a multiple choice',
      { platforms: 'x' },
      'must be a list of values among "linkedin", "x", "tiktok"',
    ],
    [
      'an unknown value in a multiple choice',
      { platforms: ['x', 'myspace'] },
      'has "myspace", which is not one of',
    ],
    ['a repeated value in a multiple choice', { platforms: ['x', 'x'] }, 'lists "x" twice'],
  ])('refuses %s', (_name, answers, message) => {
    const error = resolveError(mini, { 'company.name': 'Acme', ...answers });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(message);
  });

  it('accepts valid answers of every type', () => {
    const answers: Answers = {
      'company.name': 'Acme',
      'company.headcount': 12,
      tone: 'formal',
      platforms: ['tiktok', 'x'],
      notes: 'Line one\nline two',
      advocacy: true,
      advocacy_lead: 'Léa',
      hoursOnline: 12.5,
    };
    expect(resolveAnswers(mini, answers)).toEqual(answers);
    expect(resolveAnswers(mini, { ...answers, platforms: [] })['platforms']).toEqual([]);
  });
});
