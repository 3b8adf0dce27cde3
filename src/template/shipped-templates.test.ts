import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { generateSections } from './generate-sections';
import { loadTemplate } from './load-template';
import { optionalClauses } from './optional-clauses';
import { resolveAnswers } from './resolve-answers';
import { templateQuestions } from './template';
import { charterText } from './test-support/charter-text';
import { wizardPages } from './wizard-pages';

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

/** Every template folder shipped in templates/, whatever the engineer who wrote it. */
const folders = (await readdir(TEMPLATES, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(folders)('the shipped template %s', (id) => {
  it('validates, and reads in each of its languages with only its required answers', async () => {
    const template = await loadTemplate(TEMPLATES, id);
    expect(template.format ?? 1).toBe(1);
    const answers = Object.fromEntries(
      templateQuestions(template)
        .filter((question) => question.required && question.default === undefined)
        .filter((question) => question.type === 'text')
        .map((question) => [question.id, 'Acme']),
    );
    for (const language of template.languages) {
      expect(wizardPages(template, language).length).toBeGreaterThan(0);
      let text = '';
      try {
        text = charterText(generateSections(template, language, resolveAnswers(template, answers)));
      } catch (error) {
        // A required question of another type needs a real answer: the template says which.
        if (error instanceof CharterError && error.code === 'missing-answer') continue;
        throw error;
      }
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('sums up each optional clause in each language, for the author to switch it on or off', async () => {
    const template = await loadTemplate(TEMPLATES, id);
    for (const language of template.languages) {
      for (const clause of optionalClauses(template, language)) {
        expect(clause.summary, `${language} ${clause.clauseId}`).toMatch(/\S/);
        expect(clause.summary).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});

it('ships at least the social-media template', () => {
  expect(folders).toContain('social-media');
});
