import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { loadTemplate } from './load-template';
import type { Template } from './template';
import type { TemplateSummary } from './wizard-types';

/**
 * Every template under `templatesDir` (a folder with a `template.yaml`), by rank then id. Each one is
 * fully loaded and checked: templates ship with the app, so a broken one is an error to see, not skip.
 */
export async function listTemplates(templatesDir: string): Promise<TemplateSummary[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new CharterError(
      'not-found',
      `The templates folder ${templatesDir} cannot be read: ${(error as Error).message}.`,
    );
  });
  const folders = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const files = await readdir(join(templatesDir, entry.name));
        return files.includes('template.yaml') ? entry.name : null;
      }),
  );
  const ids = folders.filter((id) => id !== null).sort();
  const templates = await Promise.all(ids.map((id) => loadTemplate(templatesDir, id)));
  // The main template first: it is the one offered when a new charter starts.
  const rank = (template: Template) => template.rank ?? Number.MAX_SAFE_INTEGER;
  return templates.sort((a, b) => rank(a) - rank(b)).map(summarize);
}

function summarize(template: Template): TemplateSummary {
  const title: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const language of template.languages) {
    const locale = template.locales[language];
    if (!locale) continue;
    title[language] = locale.title;
    description[language] = locale.description;
  }
  return {
    id: template.id,
    version: template.version,
    languages: template.languages,
    title,
    description,
  };
}
