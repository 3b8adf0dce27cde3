import { fileURLToPath } from 'node:url';
import type { Answers } from '../../model/answers';
import type { Project } from '../../model/project';
import { createProject } from '../../template/create-project';
import { loadTemplate } from '../../template/load-template';
import type { Template } from '../../template/template';
import { readProfile } from '../../template/test-support/read-profile';

export const TEMPLATES = fileURLToPath(new URL('../../../templates', import.meta.url));
export const CREATED = '2026-03-01T09:00:00.000Z';

/** The shipped social-media template and the French answers of its smallest profile. */
export async function loadSample(): Promise<{ template: Template; answers: Answers }> {
  return {
    template: await loadTemplate(TEMPLATES, 'social-media'),
    answers: await readProfile(`${TEMPLATES}/social-media/profiles/agency-12.fr.yaml`),
  };
}

/** A charter as the app makes it, from the shipped template (see loadSample). */
export async function sampleProject(id = 'charter-1'): Promise<Project> {
  const { template, answers } = await loadSample();
  return createProject({ template, language: 'fr', answers, id, now: CREATED });
}

/** The project with one clause's body replaced, as if edited by hand. */
export function withClauseBody(
  project: Project,
  clauseId: string,
  body: Project['sections'][number]['clauses'][number]['body'],
): Project {
  return {
    ...project,
    sections: project.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) =>
        clause.id === clauseId ? { ...clause, body } : clause,
      ),
    })),
  };
}
