import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_VERSION, Project } from '../model/project';
import { createProject } from './create-project';
import { loadTemplate } from './load-template';
import type { Template } from './template';

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const NOW = '2025-03-01T09:30:00.000Z';

let template: Template;
beforeAll(async () => {
  template = await loadTemplate(TEMPLATES, 'social-media');
});

describe('createProject', () => {
  it('creates a valid draft with resolved answers, generated sections and one history event', () => {
    const project = createProject({
      template,
      language: 'fr',
      answers: { 'company.name': 'Société Dupré & Fils <SA>' },
      id: 'project-1',
      now: NOW,
    });
    expect(Project.parse(project)).toEqual(project);
    expect(project).toMatchObject({
      schemaVersion: PROJECT_SCHEMA_VERSION,
      id: 'project-1',
      meta: {
        title: 'Charte d’utilisation des réseaux sociaux',
        language: 'fr',
        status: 'draft',
        createdAt: NOW,
        updatedAt: NOW,
      },
      template: { id: 'social-media', version: template.version },
      comments: [],
      versions: [],
      approvals: [],
    });
    expect(project.answers).toMatchObject({
      'company.name': 'Société Dupré & Fils <SA>',
      'company.headcount': null,
      'uses.personal': 'breaks',
    });
    expect(project.sections[0]?.id).toBe('intro');
    expect(project.history).toEqual([
      {
        at: NOW,
        kind: 'created',
        fact: { type: 'created', template: 'social-media', templateVersion: template.version },
      },
    ]);
  });

  it('titles the project in its language', () => {
    const project = createProject({
      template,
      language: 'en',
      answers: { 'company.name': 'Acme' },
      id: 'p',
      now: NOW,
    });
    expect(project.meta.title).toBe('Social media usage charter');
    expect(project.sections[0]?.title).toBe('Why this charter');
  });

  it('refuses missing required answers and bad input', () => {
    expect(() =>
      createProject({ template, language: 'fr', answers: {}, id: 'p', now: NOW }),
    ).toThrow(expect.objectContaining({ code: 'missing-answer' }));
    expect(() =>
      createProject({
        template,
        language: 'fr',
        answers: { 'company.name': 'A' },
        id: '',
        now: NOW,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('id: ') }),
    );
    expect(() =>
      createProject({
        template,
        language: 'fr',
        answers: { 'company.name': 'A' },
        id: 'p',
        now: 'yesterday',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringContaining('meta.createdAt'),
      }),
    );
  });

  it('switches off the optional clauses asked, and refuses any other', () => {
    const base = {
      template,
      language: 'fr' as const,
      answers: { 'company.name': 'A' },
      id: 'p',
      now: NOW,
    };
    const project = createProject({ ...base, disabledClauses: ['conduct.examples'] });
    expect(project.disabledClauses).toEqual(['conduct.examples']);
    const ids = project.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
    expect(ids).not.toContain('conduct.examples');
    expect(ids).toContain('privacy.examples');
    expect(createProject(base).disabledClauses).toEqual([]);
    expect(() => createProject({ ...base, disabledClauses: ['intro.freedom'] })).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringContaining('"intro.freedom" cannot be switched off'),
      }),
    );
  });

  it('records the generated text of each clause', () => {
    const project = createProject({
      template,
      language: 'en',
      answers: { 'company.name': 'Acme' },
      id: 'p',
      now: NOW,
    });
    for (const clause of project.sections.flatMap((section) => section.clauses)) {
      expect(clause.generated).toEqual(clause.body);
    }
  });
});
