import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { sampleProject, withClauseBody } from '../review/test-support/sample-project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { editEvent } from './edit-event';

const NOW = '2026-12-04T10:00:00.000Z';
let project: Project;
beforeAll(async () => {
  project = await sampleProject();
});

describe('editEvent', () => {
  it('is null when the text did not change, whatever else did', () => {
    const commented = { ...project, comments: [], meta: { ...project.meta, updatedAt: NOW } };
    expect(editEvent(project, structuredClone(commented), NOW, 'Claire')).toBeNull();
  });

  it('names the clauses edited, added and removed, and a new title, with who and when', () => {
    const [first, second] = project.sections[0]?.clauses ?? [];
    if (!first || !second) throw new Error('two clauses expected');
    const edited = withClauseBody(project, first.id, doc(p(text('Autre texte.'))));
    const reshaped: Project = {
      ...edited,
      meta: { ...edited.meta, title: 'Charte 2027' },
      sections: edited.sections.map((section, index) =>
        index === 0
          ? {
              ...section,
              clauses: [
                ...section.clauses.filter((clause) => clause.id !== second.id),
                { ...second, id: 'scope.new' },
              ],
            }
          : section,
      ),
    };
    expect(editEvent(project, reshaped, NOW, 'Claire')).toEqual({
      at: NOW,
      kind: 'edited',
      actor: 'Claire',
      fact: {
        type: 'edited',
        title: 'Charte 2027',
        edited: [first.id],
        added: ['scope.new'],
        removed: [second.id],
      },
    });
  });
});
