import { mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_VERSION, type Project } from '../model/project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import {
  loadProject,
  openProject,
  parseProject,
  saveProject,
  serializeProject,
} from './project-file';

const project: Project = {
  schemaVersion: PROJECT_SCHEMA_VERSION,
  id: 'p-1',
  meta: {
    title: 'Charte',
    language: 'fr',
    status: 'draft',
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
  },
  template: { id: 'social-media', version: '1.0.0' },
  answers: { 'company.name': 'Société Dupré & Fils <SA>' },
  sections: [
    {
      id: 'scope',
      title: 'Objet',
      owner: 'hr',
      clauses: [
        {
          id: 'scope.purpose',
          owner: 'hr',
          body: doc(p(text('Bonjour'))),
        },
      ],
    },
  ],
  disabledClauses: [],
  comments: [],
  signOff: { requiredRoles: ['hr', 'legal', 'it'], versionsBefore: 0 },
  versions: [],
  approvals: [],
  history: [],
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-project-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('project file', () => {
  it('saves and reopens a project unchanged', async () => {
    const path = join(folder, 'a.charter');
    await saveProject(path, project);
    expect(await loadProject(path)).toEqual(project);
    expect(await readFile(path, 'utf8')).toBe(serializeProject(project));
  });

  it('names the field and the problem when a file is damaged', () => {
    const broken = JSON.parse(serializeProject(project));
    broken.sections[0].clauses[0].owner = 'marketing';
    expect(() => parseProject(JSON.stringify(broken), 'a.charter')).toThrow(
      /a\.charter is damaged: sections\[0\]\.clauses\[0\]\.owner: /,
    );
  });

  it('refuses content that is not part of the rich-text model', () => {
    const broken = JSON.parse(serializeProject(project));
    broken.sections[0].clauses[0].body.content.push({ type: 'script', text: 'alert(1)' });
    expect(() => parseProject(JSON.stringify(broken), 'a.charter')).toThrow(
      /sections\[0\]\.clauses\[0\]\.body\.content\[1\]/,
    );
  });

  it('says when a file is not JSON, not a project, or from a newer version', () => {
    expect(() => parseProject('{oops', 'x.charter')).toThrow(
      /x\.charter is not a Charter Studio project: it is not valid JSON/,
    );
    expect(() => parseProject('{}', 'x.charter')).toThrow(/schemaVersion is missing/);
    expect(() => parseProject('{"schemaVersion": 9}', 'x.charter')).toThrow(
      /newer Charter Studio.*Update the app/,
    );
  });

  it('says when the file does not exist', async () => {
    await expect(loadProject(join(folder, 'missing.charter'))).rejects.toThrow(/no such file/);
  });

  it('fills defaults for the optional collections of a hand-written file', async () => {
    const path = join(folder, 'minimal.charter');
    const { comments: _c, versions: _v, approvals: _a, history: _h, ...minimal } = project;
    await writeFile(path, JSON.stringify(minimal));
    const loaded = await loadProject(path);
    expect(loaded.comments).toEqual([]);
    expect(loaded.history).toEqual([]);
  });
});

describe('saving over a file another program changed', () => {
  const edited: Project = { ...project, meta: { ...project.meta, title: 'Charte modifiée' } };

  it('saves when the file is as it was opened, and knows the file it wrote', async () => {
    const path = join(folder, 'a.charter');
    await saveProject(path, project);
    const { identity } = await openProject(path);
    const written = await saveProject(path, edited, { expected: identity });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(edited));
    expect(written).toEqual((await openProject(path)).identity);
  });

  it('refuses, naming the conflict, when its bytes changed; nothing is overwritten', async () => {
    const path = join(folder, 'a.charter');
    await saveProject(path, project);
    const { identity } = await openProject(path);
    const theirs = serializeProject({ ...project, answers: { 'company.name': 'Autre SA' } });
    await writeFile(path, theirs);
    const attempt = saveProject(path, edited, { expected: identity });
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'changed-on-disk', path },
    });
    await expect(attempt).rejects.toThrow(/changed by another program.*Reload it/);
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('saves when only the time changed (touched, or the same bytes copied back)', async () => {
    const path = join(folder, 'a.charter');
    await saveProject(path, project);
    const { identity } = await openProject(path);
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    await saveProject(path, edited, { expected: identity });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(edited));
  });

  it('saves when the file was deleted meanwhile: there is nothing to lose', async () => {
    const path = join(folder, 'a.charter');
    await saveProject(path, project);
    const { identity } = await openProject(path);
    await unlink(path);
    await saveProject(path, edited, { expected: identity });
    expect(await loadProject(path)).toEqual(edited);
  });
});
