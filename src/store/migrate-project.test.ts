import { describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_VERSION } from '../model/project';
import { createSampleProject } from '../export/sample-project.fixture';
import { parseProject, serializeProject } from './project-file';

/** The sample as a schema-1 file: versions held sections only, and there was no signOff. */
function schemaOneFile(): string {
  const { signOff: _signOff, versions: _versions, ...project } = createSampleProject();
  return JSON.stringify({
    ...project,
    schemaVersion: 1,
    meta: { ...project.meta, status: 'draft' },
    approvals: project.approvals.map(({ fingerprint: _fingerprint, ...approval }) => approval),
    versions: [
      { number: 1, status: 'signed-off', createdAt: '2025-06-30T10:00:00.000Z', sections: [] },
      { number: 2, status: 'signed-off', createdAt: '2025-07-30T10:00:00.000Z', sections: [] },
    ],
  });
}

describe('opening a schema 1 project file', () => {
  it('keeps the text, comments and decisions, and numbers the next version on', () => {
    const migrated = parseProject(schemaOneFile(), 'old.charter');
    const original = JSON.parse(schemaOneFile()) as ReturnType<typeof createSampleProject>;
    expect(migrated.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(migrated.sections).toEqual(original.sections);
    expect(migrated.approvals).toEqual(original.approvals);
    expect(migrated.versions).toEqual([]);
    expect(migrated.signOff).toEqual({ requiredRoles: ['hr', 'legal', 'it'], versionsBefore: 2 });
    // Saved again, it is a current file that reads back the same.
    expect(parseProject(serializeProject(migrated), 'old.charter')).toEqual(migrated);
  });
});
