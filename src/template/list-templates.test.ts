import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CharterError } from '../errors/charter-error';
import { listTemplates } from './list-templates';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeTemplateFolder));
});

describe('listTemplates', () => {
  it('lists the shipped templates, the charter first since a new charter starts from it', async () => {
    const templates = await listTemplates(TEMPLATES);
    expect(templates.map((template) => template.id)).toEqual(['social-media', 'ambassadors']);
    const charter = templates.find((template) => template.id === 'social-media');
    expect(charter).toMatchObject({
      languages: ['fr', 'en'],
      title: { fr: 'Charte d’utilisation des réseaux sociaux', en: 'Social media usage charter' },
    });
    expect(charter?.description['fr']).toContain('réseaux sociaux');
  });

  it('sorts by id and skips folders without template.yaml', async () => {
    const dir = await writeTemplateFolder(fixtureFiles(), 'mini');
    folders.push(dir);
    const second = fixtureFiles();
    (second['template.yaml'] as { id: string }).id = 'abc';
    await mkdir(join(dir, 'abc'));
    for (const [name, content] of Object.entries(second))
      await writeFile(join(dir, 'abc', name), stringify(content));
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'README.md'), '# Templates\n');
    expect((await listTemplates(dir)).map((template) => template.id)).toEqual(['abc', 'mini']);
  });

  it('puts ranked templates before the others, lowest rank first', async () => {
    const dir = await writeTemplateFolder(fixtureFiles(), 'mini');
    folders.push(dir);
    for (const [id, rank] of [
      ['zeta', 1],
      ['abc', undefined],
    ] as const) {
      const files = fixtureFiles();
      Object.assign(files['template.yaml'] as object, { id, ...(rank && { rank }) });
      await mkdir(join(dir, id));
      for (const [name, content] of Object.entries(files))
        await writeFile(join(dir, id, name), stringify(content));
    }
    expect((await listTemplates(dir)).map((template) => template.id)).toEqual([
      'zeta',
      'abc',
      'mini',
    ]);
  });

  it('fails loudly on a broken template rather than hiding it', async () => {
    const files = fixtureFiles();
    delete files['en.yaml'];
    const dir = await writeTemplateFolder(files);
    folders.push(dir);
    await expect(listTemplates(dir)).rejects.toMatchObject({ code: 'template-invalid' });
  });

  it('reports a missing folder', async () => {
    const error = await listTemplates(join(TEMPLATES, 'no-such-folder')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CharterError);
    expect(error).toMatchObject({ code: 'not-found' });
  });
});
