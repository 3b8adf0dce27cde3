import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WizardPage } from './wizard-types';
import { loadTemplate } from './load-template';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { wizardPages } from './wizard-pages';

let dir: string;
let template: Template;
beforeAll(async () => {
  dir = await writeTemplateFolder(fixtureFiles());
  template = await loadTemplate(dir, 'mini');
});
afterAll(() => removeTemplateFolder(dir));

describe('wizardPages', () => {
  it('gives the questions in the chosen language, with their rules', () => {
    const [company, extras] = wizardPages(template, 'fr');
    expect(company).toEqual({
      id: 'company',
      title: 'Entreprise',
      description: 'Qui vous êtes.',
      questions: [
        {
          id: 'company.name',
          type: 'text',
          label: 'Nom',
          help: 'Le nom légal.',
          required: true,
          owner: 'hr',
        },
        {
          id: 'company.headcount',
          type: 'number',
          integer: true,
          label: 'Effectif',
          required: false,
          default: 10,
          min: 1,
          max: 100000,
        },
        {
          id: 'tone',
          type: 'choice',
          label: 'Ton',
          required: true,
          default: 'warm',
          options: [
            { value: 'warm', label: 'chaleureux' },
            { value: 'formal', label: 'soutenu' },
          ],
        },
      ],
    });
    expect(extras?.description).toBeUndefined();
    expect(extras?.questions.find((question) => question.id === 'advocacy_lead')?.visibleWhen).toBe(
      'advocacy',
    );
    expect(extras?.questions.find((question) => question.id === 'hoursOnline')).toEqual({
      id: 'hoursOnline',
      type: 'number',
      label: 'Heures en ligne par semaine',
      required: false,
      min: 0,
    });
  });

  it('tells which team each page is for, when the template says so', async () => {
    const files = fixtureFiles();
    const structure = files['template.yaml'] as { pages: { owner?: string }[] };
    const [first] = structure.pages;
    if (first) first.owner = 'legal';
    const withOwner = await writeTemplateFolder(files);
    try {
      const [company, extras] = wizardPages(await loadTemplate(withOwner, 'mini'), 'en');
      expect(company?.owner).toBe('legal');
      expect(extras).not.toHaveProperty('owner');
    } finally {
      await removeTemplateFolder(withOwner);
    }
  });

  it('switches language', () => {
    const [company] = wizardPages(template, 'en');
    expect(company?.title).toBe('Company');
    expect(company?.questions[2]?.options?.map((option) => option.label)).toEqual([
      'warm',
      'formal',
    ]);
  });

  it('matches the API schema', () => {
    for (const page of wizardPages(template, 'en')) expect(WizardPage.parse(page)).toEqual(page);
  });

  it('refuses a language the template does not offer', () => {
    const frenchOnly: Template = {
      ...template,
      languages: ['fr'],
      locales: { fr: template.locales.fr },
    };
    expect(() => wizardPages(frenchOnly, 'en')).toThrow(/not available in "en"; it offers fr/);
  });
});
