import { parseOrThrow } from '../errors/parse-or-throw';
import type { Answers } from '../model/answers';
import type { Language } from '../model/language';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { checkDisabledClauses } from './check-disabled-clauses';
import { generateSections } from './generate-sections';
import { resolveAnswers } from './resolve-answers';
import { templateLocale, type Template } from './template';

export interface CreateProjectOptions {
  template: Template;
  language: Language;
  /** The wizard's answers; defaults are filled in and checked (see resolveAnswers). */
  answers: Answers;
  /** Optional clauses the author switched off; every one is on when this is absent. */
  disabledClauses?: readonly string[];
  id: string;
  /** ISO 8601 timestamp of the creation. */
  now: string;
}

/**
 * A new draft charter generated from a template and the wizard's answers. Throws
 * CharterError('invalid-input') when `disabledClauses` names a clause that is not optional.
 */
export function createProject({
  template,
  language,
  answers,
  disabledClauses: requested = [],
  id,
  now,
}: CreateProjectOptions): Project {
  const locale = templateLocale(template, language);
  const disabledClauses = checkDisabledClauses(template, requested);
  const resolved = resolveAnswers(template, answers);
  const project = {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id,
    meta: { title: locale.title, language, status: 'draft', createdAt: now, updatedAt: now },
    template: { id: template.id, version: template.version },
    answers: resolved,
    sections: generateSections(template, language, resolved, { disabledClauses }),
    disabledClauses,
    history: [
      {
        at: now,
        kind: 'created',
        fact: { type: 'created', template: template.id, templateVersion: template.version },
      },
    ],
  };
  return parseOrThrow(
    Project,
    project,
    'invalid-input',
    (problems) => `The new project is not valid: ${problems}.`,
  );
}
