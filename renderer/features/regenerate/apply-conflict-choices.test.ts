import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/project';
import { projectFixture } from '../../../src/model/test-support/project-fixture';
import type { RichTextDoc } from '../../../src/model/rich-text';
import { doc, p, text } from '../../../src/rich-text/test-support/rich-text-builders';
import {
  REMOVAL_PROPOSAL,
  type RegenerationConflict,
} from '../../../src/template/regeneration-conflict';
import { applyConflictChoices } from './apply-conflict-choices';

const body = (value: string): RichTextDoc => doc(p(text(value)));

const project = projectFixture([
  {
    id: 's1',
    title: 'S1',
    owner: 'hr',
    clauses: [
      { id: 'c1', owner: 'hr', body: body('mine 1'), generated: body('old 1') },
      { id: 'c2', owner: 'hr', body: body('mine 2'), generated: body('old 2') },
      { id: 'c3', owner: 'hr', body: body('untouched'), generated: body('untouched') },
    ],
  },
]);

const conflicts: RegenerationConflict[] = [
  { sectionId: 's1', clauseId: 'c1', current: body('mine 1'), proposed: body('new 1') },
  { sectionId: 's1', clauseId: 'c2', current: body('mine 2'), proposed: body('new 2') },
];

describe('applyConflictChoices', () => {
  it('takes the new text as body and generated, or keeps the author’s and records the new', () => {
    const result = applyConflictChoices(project, conflicts, { c1: 'take', c2: 'keep' });
    const [c1, c2, c3] = result.sections[0]?.clauses ?? [];
    expect(c1).toMatchObject({ body: body('new 1'), generated: body('new 1') });
    expect(c2).toMatchObject({ body: body('mine 2'), generated: body('new 2') });
    expect(c3).toBe(project.sections[0]?.clauses[2]);
  });

  it('never overwrites a clause the author did not decide on', () => {
    const result = applyConflictChoices(project, conflicts, {});
    expect(result.sections[0]?.clauses.map((c) => c.body)).toEqual([
      body('mine 1'),
      body('mine 2'),
      body('untouched'),
    ]);
  });

  it('removes a clause whose removal the author accepts, and a section it leaves empty', () => {
    const withSecond: Project = {
      ...project,
      sections: [
        ...project.sections,
        {
          id: 's2',
          title: 'S2',
          owner: 'legal',
          clauses: [{ id: 'c4', owner: 'legal', body: body('mine 4'), generated: body('old 4') }],
        },
        { id: 's3', title: 'S3', owner: 'legal', clauses: [] },
      ],
    };
    const removals: RegenerationConflict[] = [
      { sectionId: 's1', clauseId: 'c1', current: body('mine 1'), proposed: REMOVAL_PROPOSAL },
      { sectionId: 's1', clauseId: 'c2', current: body('mine 2'), proposed: REMOVAL_PROPOSAL },
      { sectionId: 's2', clauseId: 'c4', current: body('mine 4'), proposed: REMOVAL_PROPOSAL },
    ];
    const result = applyConflictChoices(withSecond, removals, {
      c1: 'take',
      c2: 'keep',
      c4: 'take',
    });
    expect(result.sections.map((section) => section.id)).toEqual(['s1', 's3']);
    const [c2, c3] = result.sections[0]?.clauses ?? [];
    // Kept against a removal: `generated` says so, and the core does not ask again.
    expect(c2).toMatchObject({ id: 'c2', body: body('mine 2'), generated: REMOVAL_PROPOSAL });
    expect(c3?.id).toBe('c3');
  });
});
