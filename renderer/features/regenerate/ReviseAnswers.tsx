import { useState } from 'react';
import type { Answers } from '../../../src/model/answers';
import type { Project } from '../../../src/model/project';
import type { RegenerationConflict } from '../../../src/template/regeneration-conflict';
import { api } from '../../api/client';
import { useDialogStack } from '../../ui/use-dialog-stack';
import { useStillMounted } from '../../ui/use-still-mounted';
import { WizardScreen } from '../wizard/WizardScreen';
import { applyConflictChoices, type ConflictChoice } from './apply-conflict-choices';
import { ConflictsDialog } from './ConflictsDialog';

export interface RegenerationSummary {
  /** Hand-edited clauses the new answers would have changed, and how many took the new text. */
  conflicts: number;
  taken: number;
}

interface ReviseAnswersProps {
  /** The project as it is now: read when the answers are applied, not when the wizard opens. */
  getProject(): Project;
  onCancel(): void;
  onRegenerated(project: Project, summary: RegenerationSummary): void;
}

function clauseTitle(project: Project, conflict: RegenerationConflict): string {
  if (conflict.title) return conflict.title;
  const section = project.sections.find((s) => s.id === conflict.sectionId);
  return section?.clauses.find((c) => c.id === conflict.clauseId)?.title ?? conflict.clauseId;
}

/**
 * The wizard again, prefilled with the charter's answers. New answers regenerate the clauses;
 * for a clause edited by hand the author compares both texts and chooses.
 */
export function ReviseAnswers({ getProject, onCancel, onRegenerated }: ReviseAnswersProps) {
  const dialogs = useDialogStack();
  const stillMounted = useStillMounted();
  const [start] = useState(getProject);

  const apply = async (answers: Answers) => {
    const { project, conflicts } = await api.call('project.regenerate', {
      project: getProject(),
      answers,
    });
    if (!stillMounted()) return;
    if (conflicts.length === 0) return onRegenerated(project, { conflicts: 0, taken: 0 });
    const choices = await dialogs.open<Record<string, ConflictChoice> | null>((resolve) => (
      <ConflictsDialog
        conflicts={conflicts}
        language={project.meta.language}
        titleOf={(conflict) => clauseTitle(project, conflict)}
        onDone={resolve}
      />
    ));
    // Backing out of the choice applies nothing: the wizard stays open on the review.
    if (!choices || !stillMounted()) return;
    onRegenerated(applyConflictChoices(project, conflicts, choices), {
      conflicts: conflicts.length,
      taken: Object.values(choices).filter((choice) => choice === 'take').length,
    });
  };

  return (
    <WizardScreen
      templateId={start.template.id}
      language={start.meta.language}
      mode="revise"
      answers={start.answers}
      onCancel={onCancel}
      onFinish={apply}
    />
  );
}
