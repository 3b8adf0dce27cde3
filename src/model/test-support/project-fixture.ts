import type { Section } from '../clause';
import { DEFAULT_SIGN_OFF_ROLES } from '../sign-off';
import { PROJECT_SCHEMA_VERSION, type Project } from '../project';

/** A small valid project around the given sections, for tests that need one by hand. */
export function projectFixture(sections: Section[], overrides: Partial<Project> = {}): Project {
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: 'p',
    meta: {
      title: 'Charte',
      language: 'fr',
      status: 'draft',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    },
    template: { id: 't', version: '1' },
    answers: {},
    sections,
    disabledClauses: [],
    comments: [],
    signOff: { requiredRoles: [...DEFAULT_SIGN_OFF_ROLES], versionsBefore: 0 },
    versions: [],
    approvals: [],
    history: [],
    ...overrides,
  };
}
