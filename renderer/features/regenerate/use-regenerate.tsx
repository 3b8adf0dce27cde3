import type { RequestOf } from '../../../src/api/contract';
import type { Project } from '../../../src/model/project';
import {
  isRemovalProposal,
  type RegenerationConflict,
} from '../../../src/template/regeneration-conflict';
import { api } from '../../api/client';
import { useDialogStack } from '../../ui/use-dialog-stack';
import { useStillMounted } from '../../ui/use-still-mounted';
import { applyConflictChoices, type ConflictChoice } from './apply-conflict-choices';
import { ConflictsDialog } from './ConflictsDialog';

/** What the author changed to regenerate the charter: its answers, or its optional clauses. */
export type RegenerationCause = 'answers' | 'optionalClauses';

export interface RegenerationSummary {
  cause: RegenerationCause;
  /** Hand-edited clauses the change would have altered, and how many took the template's word. */
  conflicts: number;
  taken: number;
  removed: number;
}

export interface Regeneration {
  project: Project;
  summary: RegenerationSummary;
}

function clauseTitle(project: Project, conflict: RegenerationConflict): string {
  if (conflict.title) return conflict.title;
  const section = project.sections.find((s) => s.id === conflict.sectionId);
  return section?.clauses.find((c) => c.id === conflict.clauseId)?.title ?? conflict.clauseId;
}

/**
 * Regenerates the charter in the core, then lets the author settle each clause they edited by
 * hand. Resolves null when the author backs out of that choice, or has left the screen that
 * asked: then nothing is applied.
 */
export function useRegenerate(): (
  request: RequestOf<'project.regenerate'>,
  cause: RegenerationCause,
) => Promise<Regeneration | null> {
  const dialogs = useDialogStack();
  const stillMounted = useStillMounted();
  return async (request, cause) => {
    const { project, conflicts } = await api.call('project.regenerate', request);
    if (!stillMounted()) return null;
    if (conflicts.length === 0) {
      return { project, summary: { cause, conflicts: 0, taken: 0, removed: 0 } };
    }
    const choices = await dialogs.open<Record<string, ConflictChoice> | null>((resolve) => (
      <ConflictsDialog
        conflicts={conflicts}
        cause={cause}
        language={project.meta.language}
        titleOf={(conflict) => clauseTitle(project, conflict)}
        onDone={resolve}
      />
    ));
    if (!choices || !stillMounted()) return null;
    const taken = conflicts.filter((conflict) => choices[conflict.clauseId] === 'take');
    const removed = taken.filter((conflict) => isRemovalProposal(conflict.proposed)).length;
    return {
      project: applyConflictChoices(project, conflicts, choices),
      summary: { cause, conflicts: conflicts.length, taken: taken.length - removed, removed },
    };
  };
}
