import type { Answers } from '../../model/answers';
import type { Clause } from '../../model/clause';
import { PROJECT_SCHEMA_VERSION, Project } from '../../model/project';
import { parseMarkdown } from '../../rich-text/from-markdown';

const NOW = '2026-03-01T09:00:00.000Z';

/** A clause whose body is Markdown, as the template writes it. */
export function clause(id: string, markdown: string, extra: Partial<Clause> = {}): Clause {
  const body = parseMarkdown(markdown);
  return { id, owner: 'hr', body, generated: body, ...extra };
}

/** A project holding these clauses in one section, with these answers: no template involved. */
export function projectOf(clauses: Clause[], answers: Answers = {}): Project {
  return Project.parse({
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: 'lint-test',
    meta: { title: 'Charte', language: 'fr', createdAt: NOW, updatedAt: NOW },
    template: { id: 'social-media', version: '2.0.0' },
    answers,
    sections: [{ id: 'main', title: 'Charte', owner: 'hr', clauses }],
  });
}
