import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clause } from '../model/clause';
import { clauseDependencies } from './clause-dependencies';
import { loadTemplate } from './load-template';
import { previewClauses } from './preview-clauses';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { textsOf } from './template-variables';

let dir: string;
let mini: Template;
beforeAll(async () => {
  dir = await writeTemplateFolder(fixtureFiles());
  mini = await loadTemplate(dir, 'mini');
});
afterAll(() => removeTemplateFolder(dir));

const preview = (
  answers: Record<string, unknown>,
  questionIds: string[],
  language: 'fr' | 'en' = 'fr',
) => previewClauses(mini, language, answers as never, questionIds);

const clauseIds = (items: ReturnType<typeof preview>) => items.map((item) => item.clause.id);

describe('previewClauses', () => {
  it('gives the clauses a question fills in, with their section', () => {
    const items = preview({ 'company.name': 'Acme' }, ['company.name']);
    expect(items.map(({ sectionId, sectionTitle }) => [sectionId, sectionTitle])).toEqual([
      ['intro', 'Introduction'],
    ]);
    expect(clauseIds(items)).toEqual(['intro.hello']);
    expect(textsOf(items[0]?.clause.body ?? { type: 'doc', content: [] }).join('')).toContain(
      'Acme',
    );
    expect(Clause.parse(items[0]?.clause)).toEqual(items[0]?.clause);
  });

  it('gives the clauses a question brings in through a condition, when they apply', () => {
    expect(clauseIds(preview({ 'company.headcount': 80 }, ['company.headcount']))).toEqual([
      'intro.hello',
      'intro.large',
    ]);
    expect(clauseIds(preview({ 'company.headcount': 8 }, ['company.headcount']))).toEqual([
      'intro.hello',
    ]);
    expect(clauseIds(preview({ platforms: ['x'] }, ['platforms']))).toEqual(['networks.list']);
    expect(clauseIds(preview({ platforms: ['tiktok'] }, ['platforms']))).toEqual([]);
  });

  it('takes several questions at once, in charter order', () => {
    expect(
      clauseIds(
        preview({ 'company.headcount': 80, platforms: ['x'] }, ['platforms', 'company.headcount']),
      ),
    ).toEqual(['intro.hello', 'intro.large', 'networks.list']);
  });

  it('never refuses a wizard half filled in', () => {
    // No company name (required), the lead of a programme left empty, a tone that is no option.
    const items = preview({ advocacy: true, tone: 'rude', 'company.headcount': 'many' }, ['tone']);
    const hello = textsOf(items[0]?.clause.body ?? { type: 'doc', content: [] }).join('');
    expect(hello).toContain('[à compléter\u00a0: Nom]');
    expect(hello).toContain('ton chaleureux');
    expect(hello).toContain('(10 personnes)');
    expect(preview({ stray: 'x' }, ['company.name'], 'en')).toHaveLength(1);
  });

  it('gives nothing for no question, or one no clause reads', () => {
    expect(preview({}, [])).toEqual([]);
    expect(preview({}, ['hoursOnline'])).toEqual([]);
    expect(preview({}, ['nope'])).toEqual([]);
  });
});

describe('previewClauses on the social-media template', () => {
  it('shows only clauses that depend on the asked question', async () => {
    const templates = fileURLToPath(new URL('../../templates', import.meta.url));
    const template = await loadTemplate(templates, 'social-media');
    const dependencies = clauseDependencies(template);
    const items = previewClauses(template, 'fr', {}, ['uses.personal']);
    expect(items.length).toBeGreaterThan(0);
    for (const { clause } of items) {
      expect(dependencies.get(clause.id)?.has('uses.personal'), clause.id).toBe(true);
    }
  });
});
