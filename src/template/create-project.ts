import { CharterError } from '../errors/charter-error';
import { describeZodError } from '../errors/describe-zod-error';
import type { Answers } from '../model/answers';
import type { Language } from '../model/language';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { generateSections } from './generate-sections';
import { resolveAnswers } from './resolve-answers';
import { templateLocale, type Template } from './template';

export interface CreateProjectOptions {
  template: Template;
  language: Language;
  /** The wizard's answers; defaults are filled in and checked (see resolveAnswers). */
  answers: Answers;
  id: string;
  /** ISO 8601 timestamp of the creation. */
  now: string;
}

/** A new draft charter generated from a template and the wizard's answers. */
export function createProject({
  template,
  language,
  answers,
  id,
  now,
}: CreateProjectOptions): Project {
  const locale = templateLocale(template, language);
  const resolved = resolveAnswers(template, answers);
  const result = Project.safeParse({
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id,
    meta: { title: locale.title, language, status: 'draft', createdAt: now, updatedAt: now },
    template: { id: template.id, version: template.version },
    answers: resolved,
    sections: generateSections(template, language, resolved),
    history: [
      {
        at: now,
        kind: 'created',
        detail: `Created from the template "${template.id}" ${template.version}.`,
      },
    ],
  });
  if (!result.success) {
    throw new CharterError(
      'invalid-input',
      `The new project is not valid: ${describeZodError(result.error)}.`,
    );
  }
  return result.data;
}
