import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/**
 * A small but complete template for tests, as the objects its YAML files hold. Tests change a
 * copy, write it with `writeTemplateFolder`, and load it like a real one.
 */
export function fixtureFiles(): Record<string, unknown> {
  return {
    'template.yaml': {
      id: 'mini',
      version: '0.1.0',
      languages: ['fr', 'en'],
      pages: [
        {
          id: 'company',
          questions: [
            { id: 'company.name', type: 'text', required: true, owner: 'hr' },
            {
              id: 'company.headcount',
              type: 'number',
              integer: true,
              default: 10,
              min: 1,
              max: 100000,
            },
            {
              id: 'tone',
              type: 'choice',
              required: true,
              options: ['warm', 'formal'],
              default: 'warm',
            },
          ],
        },
        {
          id: 'extras',
          questions: [
            { id: 'platforms', type: 'multiChoice', options: ['linkedin', 'x', 'tiktok'] },
            { id: 'notes', type: 'longText' },
            { id: 'advocacy', type: 'boolean', default: false },
            { id: 'advocacy_lead', type: 'text', required: true, visibleWhen: 'advocacy' },
            { id: 'hoursOnline', type: 'number', min: 0 },
          ],
        },
      ],
      sections: [
        {
          id: 'intro',
          owner: 'hr',
          clauses: [
            { id: 'intro.hello' },
            { id: 'intro.large', owner: 'legal', when: 'company.headcount >= 50' },
          ],
        },
        {
          id: 'networks',
          owner: 'communication',
          clauses: [
            {
              id: 'networks.list',
              when: 'platforms includes "linkedin" or platforms includes "x"',
            },
          ],
        },
      ],
    },
    'fr.yaml': locale('fr'),
    'en.yaml': locale('en'),
  };
}

function locale(language: 'fr' | 'en'): Record<string, unknown> {
  const fr = language === 'fr';
  return {
    title: fr ? 'Mini charte' : 'Mini charter',
    description: fr ? 'Un modèle de test.' : 'A test template.',
    pages: {
      company: {
        title: fr ? 'Entreprise' : 'Company',
        description: fr ? 'Qui vous êtes.' : 'Who you are.',
      },
      extras: { title: fr ? 'Divers' : 'Extras' },
    },
    questions: {
      'company.name': {
        label: fr ? 'Nom' : 'Name',
        help: fr ? 'Le nom légal.' : 'The legal name.',
      },
      'company.headcount': { label: fr ? 'Effectif' : 'Headcount' },
      tone: {
        label: fr ? 'Ton' : 'Tone',
        options: { warm: fr ? 'chaleureux' : 'warm', formal: fr ? 'soutenu' : 'formal' },
      },
      platforms: {
        label: fr ? 'Réseaux' : 'Networks',
        options: { linkedin: 'LinkedIn', x: 'X', tiktok: 'TikTok' },
      },
      notes: { label: fr ? 'Notes' : 'Notes' },
      advocacy: { label: fr ? 'Ambassadeurs' : 'Ambassadors' },
      advocacy_lead: { label: fr ? 'Responsable du programme' : 'Programme lead' },
      hoursOnline: { label: fr ? 'Heures en ligne par semaine' : 'Hours online per week' },
    },
    sections: {
      intro: { title: fr ? 'Introduction' : 'Introduction' },
      networks: { title: fr ? 'Réseaux' : 'Networks' },
    },
    clauses: {
      'intro.hello': {
        title: fr ? 'Bonjour' : 'Hello',
        text: fr
          ? 'Bienvenue chez **{{company.name}}** ({{ company.headcount }} personnes), ton {{tone}}.\n\n- Notes : {{notes}}\n- Ambassadeurs : {{advocacy}}'
          : 'Welcome to **{{company.name}}** ({{ company.headcount }} people), tone {{tone}}.\n\n- Notes: {{notes}}\n- Ambassadors: {{advocacy}}',
      },
      'intro.large': { text: fr ? 'Plus de 50 personnes.' : 'More than 50 people.' },
      'networks.list': {
        text: fr ? 'Réseaux suivis : *{{platforms}}*.' : 'Networks followed: *{{platforms}}*.',
      },
    },
  };
}

/** Writes `files` as `<tmp>/<id>/…` (objects as YAML, strings as they are) and returns the templates folder. */
export async function writeTemplateFolder(
  files: Record<string, unknown>,
  id = 'mini',
): Promise<string> {
  const templatesDir = await mkdtemp(join(tmpdir(), 'charter-templates-'));
  await mkdir(join(templatesDir, id));
  for (const [name, content] of Object.entries(files)) {
    await writeFile(
      join(templatesDir, id, name),
      typeof content === 'string' ? content : stringify(content),
    );
  }
  return templatesDir;
}

export async function removeTemplateFolder(templatesDir: string): Promise<void> {
  await rm(templatesDir, { recursive: true, force: true });
}
