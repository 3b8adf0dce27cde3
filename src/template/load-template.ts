import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { parseYamlSafely } from '../text/parse-yaml-safely';
import {
  checkTemplate,
  templateInvalid,
  templateInvalidMessage,
  type TemplateFileName,
} from './check-template';
import { LocaleFile, TemplateFile, type Template } from './template';

/** Template ids are folder names: no separators or dots, so an id can never leave templatesDir. */
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Loads `templates/<id>/template.yaml` and its locale files, validates them and cross-checks them.
 * Throws CharterError('not-found') for an unknown id and CharterError('template-invalid') naming
 * the file, the path inside it and the problem for anything wrong in the files.
 */
export async function loadTemplate(templatesDir: string, id: string): Promise<Template> {
  if (!TEMPLATE_ID.test(id)) {
    throw new CharterError(
      'not-found',
      `"${id}" is not a template id: ids are lowercase letters, digits and "-".`,
      {
        template: id,
      },
    );
  }
  const folder = join(templatesDir, id);
  const fileName: TemplateFileName = (part) =>
    join(folder, part === 'template' ? 'template.yaml' : `${part}.yaml`);
  const structureFile = fileName('template');

  const structureText = await readTemplateFile(structureFile);
  if (structureText === null) {
    throw new CharterError('not-found', `There is no template "${id}" in ${templatesDir}.`, {
      template: id,
    });
  }
  const structure = readYaml(TemplateFile, structureText, id, structureFile);
  if (structure.id !== id) {
    throw templateInvalid(id, [
      {
        file: structureFile,
        path: 'id',
        problem: `is "${structure.id}" but the folder is named "${id}"`,
      },
    ]);
  }

  const locales: Template['locales'] = {};
  for (const [index, language] of structure.languages.entries()) {
    const file = fileName(language);
    const text = await readTemplateFile(file);
    if (text === null) {
      throw templateInvalid(id, [
        {
          file: structureFile,
          path: `languages[${index}]`,
          problem: `"${language}" is listed but ${file} does not exist`,
        },
      ]);
    }
    locales[language] = readYaml(LocaleFile, text, id, file);
  }

  const template: Template = { ...structure, locales };
  const problems = checkTemplate(template, fileName);
  if (problems.length > 0) throw templateInvalid(id, problems);
  return template;
}

/** The file's text, or null when it does not exist. */
async function readTemplateFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CharterError(
      'template-invalid',
      `${file} cannot be read: ${(error as Error).message}.`,
      { file },
    );
  }
}

/** Parses YAML text and validates it against `schema`; any problem names the file and where in it. */
function readYaml<T>(schema: z.ZodType<T>, text: string, templateId: string, file: string): T {
  const reading = parseYamlSafely(text);
  if (!reading.ok) {
    const path = reading.line === undefined ? '' : `line ${reading.line}, column ${reading.column}`;
    throw templateInvalid(templateId, [
      { file, path, problem: `not valid YAML: ${reading.problem}` },
    ]);
  }
  return parseOrThrow(
    schema,
    reading.data,
    'template-invalid',
    (problem) => templateInvalidMessage(templateId, [{ file, path: '', problem }]),
    { file, path: '' },
  );
}
