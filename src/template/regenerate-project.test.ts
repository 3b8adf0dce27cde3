import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import type { Clause } from '../model/clause';
import { Project } from '../model/project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { createProject } from './create-project';
import { loadTemplate } from './load-template';
import { regenerateProject } from './regenerate-project';
import { REMOVAL_PROPOSAL } from './regeneration-conflict';
import type { Template } from './template';
import { fixtureFiles, removeTemplateFolder, writeTemplateFolder } from './template-fixture';
import { textsOf } from './template-variables';

const CREATED = '2026-01-05T09:00:00.000Z';
const NOW = '2026-02-01T10:00:00.000Z';

let dir: string;
let mini: Template;
beforeAll(async () => {
  const files = fixtureFiles();
  // `intro.large` may be switched off by the author.
  const structure = files['template.yaml'] as {
    sections: { clauses: { id: string; optional?: boolean }[] }[];
  };
  const large = structure.sections[0]?.clauses.find((clause) => clause.id === 'intro.large');
  if (large) large.optional = true;
  dir = await writeTemplateFolder(files);
  mini = await loadTemplate(dir, 'mini');
});
afterAll(() => removeTemplateFolder(dir));

const BASE: Answers = { 'company.name': 'Acme', 'company.headcount': 80, platforms: ['x'] };

function create(answers: Answers = BASE, disabledClauses: string[] = []): Project {
  return createProject({
    template: mini,
    language: 'fr',
    answers,
    disabledClauses,
    id: 'p1',
    now: CREATED,
  });
}

function clause(project: Project, id: string): Clause | undefined {
  return project.sections.flatMap((section) => section.clauses).find((entry) => entry.id === id);
}

const textOf = (project: Project, id: string): string =>
  textsOf(clause(project, id)?.body ?? doc()).join('');

const ids = (project: Project) =>
  project.sections.map((section) => [section.id, section.clauses.map((entry) => entry.id)]);

/** The author rewrites a clause in the editor: its body changes, `generated` does not. */
function edit(project: Project, id: string, words: string): Project {
  const copy = structuredClone(project);
  const target = clause(copy, id);
  if (!target) throw new Error(`no clause ${id}`);
  target.body = doc(p(text(words)));
  return copy;
}

describe('regenerateProject', () => {
  it('gives clauses nobody edited the new text, and stores the new answers', () => {
    const project = create();
    const { project: next, conflicts } = regenerateProject(
      mini,
      project,
      { ...BASE, 'company.name': 'Globex' },
      NOW,
    );
    expect(conflicts).toEqual([]);
    expect(textOf(next, 'intro.hello')).toContain('Globex');
    expect(clause(next, 'intro.hello')?.generated).toEqual(clause(next, 'intro.hello')?.body);
    expect(next.answers['company.name']).toBe('Globex');
    expect(next.answers.tone).toBe('warm');
    expect(Project.parse(next)).toEqual(next);
  });

  it('keeps comments, versions, approvals and history, and records the new answers', () => {
    const project: Project = {
      ...create(),
      comments: [
        {
          id: 'c1',
          anchor: { clauseId: 'intro.hello', exact: 'Acme', prefix: '', suffix: '' },
          author: { name: 'Léa', role: 'employee' },
          anonymous: false,
          createdAt: CREATED,
          text: 'Bien.',
          status: 'open',
          replies: [],
        },
      ],
      versions: [
        {
          number: 1,
          status: 'signed-off',
          createdAt: CREATED,
          fingerprint: `sha256:${'0'.repeat(64)}`,
          roles: ['hr'],
          content: {
            title: 'T',
            language: 'fr',
            template: { id: 't', version: '1' },
            answers: {},
            sections: [],
          },
        },
      ],
      approvals: [
        { versionNumber: 1, role: 'hr', name: 'Claire', decision: 'approved', date: CREATED },
      ],
    };
    const { project: next } = regenerateProject(mini, project, { ...BASE, tone: 'formal' }, NOW);
    expect(next.comments).toEqual(project.comments);
    expect(next.versions).toEqual(project.versions);
    expect(next.approvals).toEqual(project.approvals);
    expect(next.history.slice(0, -1)).toEqual(project.history);
    expect(next.history.at(-1)).toEqual({
      at: NOW,
      kind: 'answered',
      fact: { type: 'answered', answers: ['tone'], switchedOff: [], switchedOn: [], toSettle: 0 },
    });
    expect(next.meta).toEqual({ ...project.meta, updatedAt: NOW });
    expect(next.id).toBe(project.id);
  });

  it('keeps the author’s text of an edited clause and shows the template’s new text beside it', () => {
    const edited = edit(create(), 'intro.hello', 'Notre texte à nous.');
    const { project: next, conflicts } = regenerateProject(
      mini,
      edited,
      { ...BASE, 'company.name': 'Globex' },
      NOW,
    );
    expect(textOf(next, 'intro.hello')).toBe('Notre texte à nous.');
    // Still edited, so the conflict comes back until the author settles it.
    expect(clause(next, 'intro.hello')?.generated).toEqual(
      clause(edited, 'intro.hello')?.generated,
    );
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({
      sectionId: 'intro',
      clauseId: 'intro.hello',
      title: 'Bonjour',
    });
    expect(conflict?.current).toEqual(doc(p(text('Notre texte à nous.'))));
    expect(textsOf(conflict?.proposed ?? doc()).join('')).toContain('Globex');
    expect(next.history.at(-1)?.fact).toMatchObject({ answers: ['company.name'], toSettle: 1 });
    expect(regenerateProject(mini, next, next.answers, NOW).conflicts).toHaveLength(1);
  });

  it('leaves an edited clause alone when its template text did not change', () => {
    const edited = edit(create(), 'intro.hello', 'Notre texte à nous.');
    const { project: next, conflicts } = regenerateProject(
      mini,
      edited,
      { ...BASE, platforms: ['x', 'linkedin'] },
      NOW,
    );
    expect(conflicts).toEqual([]);
    expect(clause(next, 'intro.hello')).toEqual(clause(edited, 'intro.hello'));
    expect(textOf(next, 'networks.list')).toContain('LinkedIn');
  });

  it('does not count as an edit what changes the structure but not the text', () => {
    const project = structuredClone(create());
    const hello = clause(project, 'intro.hello');
    const first = hello?.body.content[0];
    if (first?.type === 'paragraph' && first.content?.[0]?.type === 'text') {
      const whole = first.content[0].text;
      first.content.splice(0, 1, text(whole.slice(0, 4)), text(whole.slice(4)));
    }
    const { conflicts } = regenerateProject(mini, project, { ...BASE, tone: 'formal' }, NOW);
    expect(conflicts).toEqual([]);
  });

  it('adds new clauses in template order and removes those the answers leave out', () => {
    const project = create({ 'company.name': 'Acme' });
    expect(ids(project)).toEqual([['intro', ['intro.hello']]]);
    const grown = regenerateProject(mini, project, BASE, NOW).project;
    expect(ids(grown)).toEqual([
      ['intro', ['intro.hello', 'intro.large']],
      ['networks', ['networks.list']],
    ]);
    const shrunk = regenerateProject(mini, grown, { 'company.name': 'Acme' }, NOW);
    expect(shrunk.conflicts).toEqual([]);
    expect(ids(shrunk.project)).toEqual([['intro', ['intro.hello']]]);
  });

  it('keeps an edited clause the answers leave out, where it was, and proposes to remove it', () => {
    const edited = edit(create(), 'networks.list', 'Nous suivons X de près.');
    const { project: next, conflicts } = regenerateProject(
      mini,
      edited,
      { 'company.name': 'Acme', 'company.headcount': 80 },
      NOW,
    );
    expect(ids(next)).toEqual([
      ['intro', ['intro.hello', 'intro.large']],
      ['networks', ['networks.list']],
    ]);
    expect(next.sections[1]).toMatchObject({ title: 'Réseaux', owner: 'communication' });
    expect(conflicts).toEqual([
      {
        sectionId: 'networks',
        clauseId: 'networks.list',
        current: doc(p(text('Nous suivons X de près.'))),
        proposed: REMOVAL_PROPOSAL,
      },
    ]);
  });

  it('keeps a kept clause between its neighbours', () => {
    const edited = edit(create(), 'intro.large', 'Nous sommes nombreux.');
    const { project: next, conflicts } = regenerateProject(
      mini,
      edited,
      { ...BASE, 'company.headcount': 12 },
      NOW,
    );
    expect(ids(next)[0]).toEqual(['intro', ['intro.hello', 'intro.large']]);
    expect(conflicts.map((conflict) => conflict.proposed)).toEqual([REMOVAL_PROPOSAL]);
  });

  it('treats a clause without `generated` as edited, unless it already reads as the new text', () => {
    const project = structuredClone(create());
    for (const section of project.sections) {
      for (const entry of section.clauses) delete entry.generated;
    }
    const same = regenerateProject(mini, project, BASE, NOW);
    expect(same.conflicts).toEqual([]);
    expect(clause(same.project, 'intro.hello')?.generated).toBeDefined();

    const changed = regenerateProject(mini, project, { ...BASE, 'company.name': 'Globex' }, NOW);
    expect(changed.conflicts.map((conflict) => conflict.clauseId)).toEqual(['intro.hello']);
    expect(textOf(changed.project, 'intro.hello')).toContain('Acme');

    const gone = regenerateProject(mini, project, { ...BASE, platforms: [] }, NOW);
    expect(gone.conflicts.map((conflict) => [conflict.clauseId, conflict.proposed])).toEqual([
      ['networks.list', REMOVAL_PROPOSAL],
    ]);
  });

  it('keeps switched-off clauses off while the options do not say otherwise', () => {
    const off = create(BASE, ['intro.large']);
    expect(clause(off, 'intro.large')).toBeUndefined();
    const again = regenerateProject(mini, off, { ...BASE, 'company.headcount': 90 }, NOW).project;
    expect(clause(again, 'intro.large')).toBeUndefined();
    expect(again.disabledClauses).toEqual(['intro.large']);
  });

  it('switches clauses off and back on, back in template order, and records it', () => {
    const off = regenerateProject(mini, create(), BASE, NOW, {
      disabledClauses: ['intro.large', 'intro.large'],
    });
    expect(off.conflicts).toEqual([]);
    expect(off.project.disabledClauses).toEqual(['intro.large']);
    expect(ids(off.project)[0]).toEqual(['intro', ['intro.hello']]);
    expect(off.project.history.at(-1)?.fact).toEqual({
      type: 'answered',
      answers: [],
      switchedOff: ['intro.large'],
      switchedOn: [],
      toSettle: 0,
    });

    const on = regenerateProject(mini, off.project, BASE, NOW, { disabledClauses: [] });
    expect(on.project.disabledClauses).toEqual([]);
    expect(ids(on.project)).toEqual(ids(create()));
    expect(on.project.history.at(-1)?.fact).toEqual({
      type: 'answered',
      answers: [],
      switchedOff: [],
      switchedOn: ['intro.large'],
      toSettle: 0,
    });
  });

  it('keeps a hand-edited clause the author switches off, and proposes to remove it', () => {
    const edited = edit(create(), 'intro.large', 'Nous sommes nombreux.');
    const { project: next, conflicts } = regenerateProject(mini, edited, BASE, NOW, {
      disabledClauses: ['intro.large'],
    });
    expect(next.disabledClauses).toEqual(['intro.large']);
    expect(ids(next)[0]).toEqual(['intro', ['intro.hello', 'intro.large']]);
    expect(textOf(next, 'intro.large')).toBe('Nous sommes nombreux.');
    expect(conflicts).toEqual([
      {
        sectionId: 'intro',
        clauseId: 'intro.large',
        current: doc(p(text('Nous sommes nombreux.'))),
        proposed: REMOVAL_PROPOSAL,
      },
    ]);
    // A file switched off by hand is read the same way: the text stays until the author decides.
    const written = regenerateProject(
      mini,
      { ...edited, disabledClauses: ['intro.large'] },
      BASE,
      NOW,
    );
    expect(written.conflicts).toEqual(conflicts);
  });

  it('settles a removal the author refused: the clause stays, and is not asked about again', () => {
    const edited = edit(create(), 'intro.large', 'Nous sommes nombreux.');
    const off = regenerateProject(mini, edited, BASE, NOW, { disabledClauses: ['intro.large'] });
    const kept = structuredClone(off.project);
    const large = clause(kept, 'intro.large');
    if (large) large.generated = REMOVAL_PROPOSAL;

    const again = regenerateProject(mini, kept, BASE, NOW);
    expect(again.conflicts).toEqual([]);
    expect(textOf(again.project, 'intro.large')).toBe('Nous sommes nombreux.');

    // Switched back on, the template's text differs from the author's: they choose again.
    const on = regenerateProject(mini, kept, BASE, NOW, { disabledClauses: [] });
    expect(on.conflicts.map((conflict) => conflict.clauseId)).toEqual(['intro.large']);
    expect(textsOf(on.conflicts[0]?.proposed ?? doc()).join('')).toBe('Plus de 50 personnes.');
  });

  it('refuses to switch off a clause that is not optional', () => {
    expect(() =>
      regenerateProject(mini, create(), BASE, NOW, { disabledClauses: ['intro.hello'] }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-input', details: { clause: 'intro.hello' } }),
    );
  });

  it('keeps a clause the author wrote, which the template does not know, with no conflict', () => {
    const project = structuredClone(create());
    project.sections[0]?.clauses.splice(1, 0, {
      id: 'intro.ours',
      owner: 'hr',
      body: doc(p(text('Une règle maison.'))),
    });
    const { project: next, conflicts } = regenerateProject(
      mini,
      project,
      { ...BASE, 'company.name': 'Globex' },
      NOW,
    );
    expect(conflicts).toEqual([]);
    expect(ids(next)[0]).toEqual(['intro', ['intro.hello', 'intro.ours', 'intro.large']]);
  });

  it('keeps a rationale the author added where the template gives none', () => {
    const project = structuredClone(create());
    const hello = clause(project, 'intro.hello');
    if (hello) hello.rationale = 'Pour que chacun sache à qui s’adresser.';
    const { project: next } = regenerateProject(mini, project, { ...BASE, tone: 'formal' }, NOW);
    expect(clause(next, 'intro.hello')?.rationale).toBe('Pour que chacun sache à qui s’adresser.');
  });

  it('refuses answers the template refuses, and a project of another template', () => {
    const project = create();
    expect(() => regenerateProject(mini, project, { 'company.headcount': 3 }, NOW)).toThrow(
      expect.objectContaining({ code: 'missing-answer' }),
    );
    expect(() =>
      regenerateProject(mini, { ...project, template: { id: 'other', version: '1' } }, BASE, NOW),
    ).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('records the template version it regenerated from', () => {
    const project = { ...create(), template: { id: 'mini', version: '0.0.1' } };
    expect(regenerateProject(mini, project, BASE, NOW).project.template).toEqual({
      id: 'mini',
      version: mini.version,
    });
  });
});
