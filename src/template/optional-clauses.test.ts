import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from './load-template';
import { optionalClauses } from './optional-clauses';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';

type Structure = { sections: { clauses: { id: string; optional?: boolean }[] }[] };
type Locale = { clauses: Record<string, { title?: string; text: string }> };

const dirs: string[] = [];
let mini: Template;
let plain: Template;

async function load(files: Record<string, unknown>): Promise<Template> {
  const dir = await writeTemplateFolder(files);
  dirs.push(dir);
  return loadTemplate(dir, 'mini');
}

beforeAll(async () => {
  const files = fixtureFiles();
  for (const { clauses } of (files['template.yaml'] as Structure).sections) {
    for (const clause of clauses) clause.optional = clause.id !== 'intro.hello';
  }
  const en = (files['en.yaml'] as Locale).clauses;
  en['intro.large'] = { text: 'What matters:' };
  en['networks.list'] = { title: 'Our networks', text: 'Networks followed: *{{platforms}}*.' };
  const fr = (files['fr.yaml'] as Locale).clauses;
  fr['intro.large'] = {
    text: 'Ce qui compte\u00a0:\n\n- être **nombreux**, et bien ;\n- le rester.',
  };
  fr['networks.list'] = {
    title: 'Nos réseaux',
    text: '- Nous suivons *{{platforms}}* de près, voir l’art. 3 ci-dessous. Et ensuite ?\n- Le reste.',
  };
  mini = await load(files);
  plain = await load(fixtureFiles());
});
afterAll(() => Promise.all(dirs.map(removeTemplateFolder)));

describe('optionalClauses', () => {
  it('lists the clauses the author may switch off, in charter order, with their section', () => {
    expect(optionalClauses(mini, 'fr')).toEqual([
      {
        clauseId: 'intro.large',
        sectionId: 'intro',
        sectionTitle: 'Introduction',
        summary: 'Ce qui compte\u00a0: être nombreux, et bien…',
      },
      {
        clauseId: 'networks.list',
        sectionId: 'networks',
        sectionTitle: 'Réseaux',
        title: 'Nos réseaux',
        summary: 'Nous suivons … de près, voir l’art. 3 ci-dessous.',
      },
    ]);
  });

  it('speaks the language asked for', () => {
    expect(
      optionalClauses(mini, 'en').map(({ sectionTitle, summary }) => [sectionTitle, summary]),
    ).toEqual([
      ['Introduction', 'What matters…'],
      ['Networks', 'Networks followed: ….'],
    ]);
  });

  it('lists none for a template without optional clauses', () => {
    expect(optionalClauses(plain, 'fr')).toEqual([]);
  });

  it('refuses a language the template does not offer', () => {
    const french = { ...mini, languages: ['fr' as const], locales: { fr: mini.locales.fr } };
    expect(() => optionalClauses(french, 'en')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});
