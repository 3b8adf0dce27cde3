import type { Role } from '../model/role';
import type { DiffLabels } from './diff-labels';
import type { ClauseDiff, SectionDiff } from './text-comparison';

/** How a compared clause is named and what happened to it, in one line's two halves. */
export interface Headline {
  /** "2.2 Photos": its number in the second text (none once removed) and its title. */
  name: string;
  /** "modifiée (titre) et déplacée (était 1.2)" */
  status: string;
}

export function clauseHeadline(diff: ClauseDiff, labels: DiffLabels): Headline {
  const title = diff.to?.title ?? diff.from?.title ?? labels.untitledClause;
  const name = diff.to ? `${diff.to.number} ${title}` : title;
  const formerly = diff.from ? ` (${labels.formerly(diff.from.number)})` : '';
  const moved = `${labels.clause.moved}${formerly}`;
  switch (diff.kind) {
    case 'changed': {
      const changed = `${labels.clause.changed} (${diff.changes.map((aspect) => labels.aspects[aspect]).join(', ')})`;
      return { name, status: diff.moved ? `${changed} ${labels.and} ${moved}` : changed };
    }
    case 'moved':
      return { name, status: moved };
    case 'removed':
      return { name, status: `${labels.clause.removed}${formerly}` };
    default:
      return { name, status: labels.clause[diff.kind] };
  }
}

export function sectionHeadline(diff: SectionDiff, labels: DiffLabels): Headline {
  const name = diff.to
    ? labels.sectionName(diff.to.index + 1, diff.to.title)
    : labels.sectionName(undefined, diff.from?.title ?? '');
  const formerly = diff.from ? ` (${labels.formerly(`${diff.from.index + 1}`)})` : '';
  if (diff.kind === 'moved' || diff.kind === 'removed') {
    return { name, status: `${labels.section[diff.kind]}${formerly}` };
  }
  if (diff.kind !== 'retitled' && diff.kind !== 'changed') {
    return { name, status: labels.section[diff.kind] };
  }
  const ownerChanged = diff.from !== undefined && diff.from.owner !== diff.to?.owner;
  const parts = [
    ...(diff.kind === 'retitled' ? [labels.section.retitled] : []),
    ...(ownerChanged ? [`${labels.section.changed} (${labels.aspects.owner})`] : []),
    ...(diff.moved ? [`${labels.section.moved}${formerly}`] : []),
  ];
  return { name, status: parts.join(` ${labels.and} `) };
}

/** The line under a clause or section whose owner changed: "Responsable : RH → Juridique". */
export function ownerLines(
  from: { owner: Role } | undefined,
  to: { owner: Role } | undefined,
  labels: DiffLabels,
): string[] {
  return from && to && from.owner !== to.owner ? [labels.ownerChange(from.owner, to.owner)] : [];
}
