import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { loadTemplate } from './load-template';
import { parseAnswerText } from './parse-answer-text';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { wizardPages } from './wizard-pages';
import type { WizardQuestion } from './wizard-types';

let dir: string;
let questions: Map<string, WizardQuestion>;
beforeAll(async () => {
  dir = await writeTemplateFolder(fixtureFiles());
  const pages = wizardPages(await loadTemplate(dir, 'mini'), 'en');
  questions = new Map(
    pages.flatMap((page) => page.questions).map((question) => [question.id, question]),
  );
});
afterAll(() => removeTemplateFolder(dir));

const parse = (id: string, raw: string) => {
  const question = questions.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return parseAnswerText(question, raw);
};

function parseError(id: string, raw: string): CharterError {
  try {
    parse(id, raw);
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error(`"${raw}" was accepted`);
}

describe('parseAnswerText', () => {
  it('reads text as it is, trimmed, with markup characters intact', () => {
    expect(parse('company.name', '  Société Dupré & Fils <SA>  ')).toBe(
      'Société Dupré & Fils <SA>',
    );
    expect(parse('notes', 'a = b, c')).toBe('a = b, c');
  });

  it('reads whole numbers with digits grouped by spaces of any kind', () => {
    expect(parse('company.headcount', '1200')).toBe(1200);
    expect(parse('company.headcount', ' 1 200 ')).toBe(1200);
    expect(parse('company.headcount', '1\u00a0200')).toBe(1200);
    expect(parse('company.headcount', '12\u202f500')).toBe(12500);
  });

  it('reads decimals with a point or a comma, as English and French write them', () => {
    expect(parse('hoursOnline', '1.5')).toBe(1.5);
    expect(parse('hoursOnline', '1,5')).toBe(1.5);
    expect(parse('hoursOnline', '1 200,5')).toBe(1200.5);
    expect(parse('hoursOnline', '1200.25')).toBe(1200.25);
    expect(parse('hoursOnline', '12')).toBe(12);
  });

  it('reads booleans in English and French', () => {
    for (const word of ['true', 'yes', 'oui', 'OUI', 'Yes'])
      expect(parse('advocacy', word)).toBe(true);
    for (const word of ['false', 'no', 'non', 'Non']) expect(parse('advocacy', word)).toBe(false);
  });

  it('reads choices by value or label', () => {
    expect(parse('tone', 'formal')).toBe('formal');
    expect(parse('tone', 'FORMAL')).toBe('formal');
    expect(parse('platforms', 'linkedin, TikTok ,x')).toEqual(['linkedin', 'tiktok', 'x']);
    expect(parse('platforms', 'x,')).toEqual(['x']);
  });

  it('reads empty text as no answer', () => {
    expect(parse('company.headcount', '  ')).toBeNull();
    expect(parse('platforms', '')).toBeNull();
  });

  it.each([
    ['company.headcount', 'many', 'it must be a number'],
    ['company.headcount', '12abc', 'it must be a number'],
    ['company.headcount', '0', 'it must be at least 1'],
    ['company.headcount', '2,5', 'it must be a whole number'],
    ['company.headcount', '120.5', 'it must be a whole number'],
    [
      'company.headcount',
      '1,200',
      'it is ambiguous, as "," groups thousands in some languages and marks decimals in others: write 1200',
    ],
    [
      'company.headcount',
      '1.200',
      'it is ambiguous, as "." groups thousands in some languages and marks decimals in others: write 1200',
    ],
    [
      'company.headcount',
      '12,500,000',
      'it is ambiguous, as "," groups thousands in some languages and marks decimals in others: write 12500000',
    ],
    [
      'hoursOnline',
      '1,200.5',
      'it must be a number with at most one decimal mark ("," or "."): group digits with spaces, as in 1 200.5',
    ],
    [
      'hoursOnline',
      '1.200.000',
      'it must be a number with at most one decimal mark ("," or "."): group digits with spaces, as in 1 200.5',
    ],
    ['hoursOnline', '1,5h', 'it must be a number'],
    ['hoursOnline', ',5', 'it must be a number'],
    ['advocacy', 'maybe', 'it must be one of true, yes, oui, false, no, non'],
    ['tone', 'cold', 'it must be one of warm (warm), formal (formal)'],
    [
      'platforms',
      'x, myspace',
      'it must be a comma-separated list among linkedin (LinkedIn), x (X), tiktok (TikTok)',
    ],
    ['platforms', 'x, X', 'it lists "x" twice'],
  ])('explains why %s cannot be %j', (id, raw, problem) => {
    const error = parseError(id, raw);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(`"${raw}" is not an answer to "${id}" (`);
    expect(error.message).toContain(`): ${problem}.`);
    expect(error.details).toEqual({ question: id });
  });
});

describe('parseAnswerText for dates and contacts', () => {
  const launch: WizardQuestion = { id: 'launch', type: 'date', label: 'Launch', required: false };
  const leads: WizardQuestion = { id: 'leads', type: 'contacts', label: 'Leads', required: false };

  it('reads a date written YYYY-MM-DD', () => {
    expect(parseAnswerText(launch, ' 2025-03-01 ')).toBe('2025-03-01');
    expect(parseAnswerText(launch, '')).toBeNull();
  });

  it.each([
    ['01/03/2025', 'it must be a date written YYYY-MM-DD, e.g. 2025-03-14'],
    ['2025-02-29', 'it is not a day of the calendar'],
  ])('refuses the date %j', (raw, problem) => {
    expect(() => parseAnswerText(launch, raw)).toThrow(`"${raw}" is not an answer to "launch"`);
    expect(() => parseAnswerText(launch, raw)).toThrow(`): ${problem}.`);
  });

  it('reads contacts as "Name <e-mail>, role; Other, phone"', () => {
    expect(parseAnswerText(leads, 'Léa <lea@acme.fr>, DPO; Max, +33 6 00 00 00 00')).toEqual([
      { name: 'Léa', role: 'DPO', email: 'lea@acme.fr' },
      { name: 'Max', phone: '+33 6 00 00 00 00' },
    ]);
    expect(() => parseAnswerText(leads, 'Léa, DPO, CEO')).toThrow(
      /"Léa, DPO, CEO" is not an answer to "leads" \(Leads\): it gives Léa two roles/,
    );
  });
});
