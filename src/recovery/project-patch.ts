import { z } from 'zod';
import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { Project } from '../model/project';

const ProjectField = Project.keyof();
type ProjectField = z.infer<typeof ProjectField>;

const Position = z.number().int().min(0);

/**
 * What changed in a project since another the receiver holds. Edits replace objects rather than
 * change them, so a field still the same object is unchanged, and a list (sections, comments,
 * history…) sends only the items that are other objects: a keystroke sends one section, not the
 * charter. Fields in `fields` are sent whole; `removed` lists optional fields no longer set.
 */
export const ProjectPatch = z.strictObject({
  fields: z.partialRecord(ProjectField, z.unknown()),
  lists: z.partialRecord(
    ProjectField,
    z.strictObject({ length: Position, items: z.array(z.tuple([Position, z.unknown()])) }),
  ),
  removed: z.array(ProjectField),
});
export type ProjectPatch = z.infer<typeof ProjectPatch>;

/** The patch that turns `base` into `next`, both immutable snapshots of one project. */
export function diffProject(base: Project, next: Project): ProjectPatch {
  const patch: ProjectPatch = { fields: {}, lists: {}, removed: [] };
  for (const field of ProjectField.options) {
    const before: unknown = base[field];
    const after: unknown = next[field];
    if (before === after) continue;
    if (after === undefined) patch.removed.push(field);
    else if (Array.isArray(before) && Array.isArray(after))
      patch.lists[field] = { length: after.length, items: changedItems(before, after) };
    else patch.fields[field] = after;
  }
  return patch;
}

function changedItems(before: readonly unknown[], after: readonly unknown[]): [number, unknown][] {
  return after.flatMap((item, position) =>
    item === before[position] ? [] : [[position, item] as [number, unknown]],
  );
}

/**
 * `base` with the patch applied, validated as a whole project: a patch that leaves a gap in a
 * list or gives a field a wrong value is refused, and `base` is never changed.
 */
export function applyProjectPatch(base: Project, patch: ProjectPatch): Project {
  const removed = new Set<string>(patch.removed);
  const merged: Record<string, unknown> = Object.fromEntries(
    Object.entries({ ...base, ...patch.fields }).filter(([field]) => !removed.has(field)),
  );
  for (const [field, { length, items }] of Object.entries(patch.lists)) {
    merged[field] = patchedList(base[field as ProjectField], length, items, field);
  }
  return parseOrThrow(
    Project,
    merged,
    'invalid-input',
    (problems) => `The changes do not make a valid charter (${problems}).`,
  );
}

function patchedList(
  list: unknown,
  length: number,
  items: readonly [number, unknown][],
  field: string,
): unknown[] {
  if (!Array.isArray(list)) throw new CharterError('invalid-input', `${field} is not a list.`);
  const patched: unknown[] = list.slice(0, length);
  const given = new Set<number>();
  for (const [position, item] of items) {
    if (position >= length)
      throw new CharterError('invalid-input', `${field} has no item ${position}.`);
    patched[position] = item;
    given.add(position);
  }
  for (let position = list.length; position < length; position += 1) {
    if (!given.has(position))
      throw new CharterError('invalid-input', `${field} is missing item ${position}.`);
  }
  return patched;
}
