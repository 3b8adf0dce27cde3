import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import { createSampleProject } from '../export/sample-project.fixture';
import type { Project } from '../model/project';
import { projectArbitrary } from '../model/test-support/project-arbitrary';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { applyProjectPatch, diffProject, ProjectPatch } from './project-patch';

const base = createSampleProject();

/** What a keystroke does: one clause's body and the update time, every other object kept. */
function typedIn(project: Project, words: string): Project {
  const [first, ...others] = project.sections;
  if (!first) throw new Error('the sample has sections');
  const [clause, ...clauses] = first.clauses;
  if (!clause) throw new Error('the sample has clauses');
  return {
    ...project,
    meta: { ...project.meta, updatedAt: '2026-12-05T10:00:00.000Z' },
    sections: [
      { ...first, clauses: [{ ...clause, body: doc(p(text(words))) }, ...clauses] },
      ...others,
    ],
  };
}

/** The patch as the receiver gets it: through JSON, and checked. */
const sent = (patch: ProjectPatch) => ProjectPatch.parse(JSON.parse(JSON.stringify(patch)));

function refusal(apply: () => unknown): CharterError {
  try {
    apply();
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('the patch was applied');
}

describe('diffProject and applyProjectPatch', () => {
  it('send a keystroke as its section and the update time, not the charter', () => {
    const next = typedIn(base, 'Un mot de plus.');
    const patch = diffProject(base, next);
    expect(Object.keys(patch.fields)).toEqual(['meta']);
    expect(patch.lists).toEqual({
      sections: { length: base.sections.length, items: [[0, next.sections[0]]] },
    });
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(next).length / 3);
    expect(applyProjectPatch(base, sent(patch))).toEqual(next);
  });

  it('carry lists that grew or shrank, fields set, and optional fields removed', () => {
    const branded: Project = { ...base, branding: { accent: '#0B5FFF' } };
    const { branding: _removed, ...typed } = typedIn(branded, 'Autre texte.');
    const next: Project = {
      ...typed,
      sections: typed.sections.slice(1),
      disabledClauses: [...typed.disabledClauses, 'media.crisis'],
      review: { sourceId: 'charter-0', copiedAt: '2026-12-01T08:00:00.000Z' },
    };
    const patch = diffProject(branded, next);
    expect(patch.removed).toEqual(['branding']);
    expect(applyProjectPatch(branded, sent(patch))).toEqual(next);
  });

  it('turn any project into any other, through JSON, leaving the base as it was', () => {
    fc.assert(
      fc.property(
        projectArbitrary,
        projectArbitrary,
        fc.infiniteStream(fc.boolean()),
        (from, other, coins) => {
          const keep = () => coins.next().value;
          const next = mixed(from, other, keep);
          const before = structuredClone(from);
          expect(applyProjectPatch(from, sent(diffProject(from, next)))).toEqual(next);
          expect(from).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse a patch that leaves a gap, points past its list or breaks the model', () => {
    const next = typedIn(base, 'Texte.');
    const patch = diffProject(base, next);
    const length = base.sections.length;
    const gap = {
      ...patch,
      lists: { sections: { length: length + 2, items: [[length + 1, next.sections[0]]] } },
    };
    expect(refusal(() => applyProjectPatch(base, sent(gap as ProjectPatch))).message).toMatch(
      /missing item/,
    );
    const past = { ...patch, lists: { sections: { length: 1, items: [[3, next.sections[0]]] } } };
    expect(refusal(() => applyProjectPatch(base, sent(past as ProjectPatch))).message).toMatch(
      /no item 3/,
    );
    const broken = { ...patch, fields: { meta: { title: 42 } } };
    expect(refusal(() => applyProjectPatch(base, sent(broken as ProjectPatch))).code).toBe(
      'invalid-input',
    );
    const notAList = { ...patch, lists: { meta: { length: 0, items: [] } } };
    expect(refusal(() => applyProjectPatch(base, sent(notAList as ProjectPatch))).message).toMatch(
      /not a list/,
    );
  });

  it('accept no field the model does not have', () => {
    const patch = '{"fields":{"__proto__":{"polluted":true},"extra":1},"lists":{},"removed":[]}';
    expect(ProjectPatch.safeParse(JSON.parse(patch)).success).toBe(false);
    expect(ProjectPatch.safeParse({ fields: {}, lists: {}, removed: ['nope'] }).success).toBe(
      false,
    );
  });
});

/** `from` with some of its fields, and some items of its lists, taken from `other` instead. */
function mixed(from: Project, other: Project, keep: () => boolean | undefined): Project {
  const next: Record<string, unknown> = { ...from };
  for (const [field, value] of Object.entries(other)) {
    if (keep()) continue;
    const mine: unknown = next[field];
    next[field] =
      Array.isArray(value) && Array.isArray(mine)
        ? value.map((item: unknown, position) =>
            keep() && position < mine.length ? mine[position] : item,
          )
        : value;
  }
  if (keep() && 'branding' in next) delete next.branding;
  return next as Project;
}
