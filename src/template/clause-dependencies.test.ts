import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseDependencies } from './clause-dependencies';
import { loadTemplate } from './load-template';
import { templateClauses } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

let dir: string;
beforeAll(async () => {
  const files = fixtureFiles();
  // A rationale that reads an answer of its own: it counts as a dependency too.
  const structure = files['template.yaml'] as {
    sections: { clauses: { id: string; restrictive?: boolean }[] }[];
  };
  const large = structure.sections[0]?.clauses[1];
  if (large) large.restrictive = true;
  for (const language of ['fr', 'en']) {
    const locale = files[`${language}.yaml`] as {
      clauses: Record<string, { rationale?: string }>;
    };
    const strings = locale.clauses['intro.large'];
    if (strings) strings.rationale = language === 'fr' ? 'Pour {{notes}}.' : 'For the team.';
  }
  dir = await writeTemplateFolder(files);
});
afterAll(() => removeTemplateFolder(dir));

describe('clauseDependencies', () => {
  it('gives each clause the questions its condition, text and rationale read', async () => {
    const dependencies = clauseDependencies(await loadTemplate(dir, 'mini'));
    expect(dependencies).toEqual(
      new Map([
        [
          'intro.hello',
          new Set(['company.name', 'company.headcount', 'tone', 'notes', 'advocacy']),
        ],
        ['intro.large', new Set(['company.headcount', 'notes'])],
        ['networks.list', new Set(['platforms'])],
      ]),
    );
  });

  it('covers every clause of the shipped charter, and what its wizard asks', async () => {
    const template = await loadTemplate(TEMPLATES, 'social-media');
    const dependencies = clauseDependencies(template);
    expect([...dependencies.keys()]).toEqual(
      templateClauses(template).map(({ clause }) => clause.id),
    );
    expect(dependencies.get('brand.media.contact')).toEqual(new Set(['media.contact']));
    expect(dependencies.get('monitoring.tools')).toEqual(
      new Set([
        'monitoring.tools',
        'company.name',
        'monitoring.purposes',
        'monitoring.retentionMonths',
      ]),
    );
    expect(dependencies.get('intro.stakes')).toEqual(new Set());
  });
});
